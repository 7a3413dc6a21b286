import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { removeStackData, testEnv } from '@zaffa/shared/testing';

const freePort = () =>
  new Promise<number>((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });

/** `npm start`, until it says it is up (or exits); resolves with what it printed. */
function startStack(env: NodeJS.ProcessEnv, args: string[] = []) {
  const child = spawn(process.execPath, ['scripts/start.ts', ...args], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  const up = new Promise<string>((resolve, reject) => {
    const onData = (d: Buffer) => {
      output += d;
      if (output.includes('Ctrl-C stops everything.')) resolve(output);
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.on('exit', (code) => reject(new Error(`npm start exited (${code}):\n${output}`)));
  });
  return { child, up };
}

const stopStack = (child: ChildProcess) =>
  new Promise<void>((resolve) => {
    if (child.exitCode !== null) return resolve();
    child.once('exit', () => resolve());
    child.kill('SIGINT');
  });

describe('npm start on a first start', async () => {
  const ports = Object.fromEntries(
    await Promise.all(
      ['GATEWAY_PORT', 'ACCOUNTS_PORT', 'VENDOR_PORT', 'EVENT_PORT', 'MEDIA_PORT', 'MESSAGING_PORT', 'WORKERS_PORT'].map(async (name) => [
        name,
        String(await freePort()),
      ]),
    ),
  );
  const media = mkdtempSync(join(tmpdir(), 'zaffa-media-'));
  // No SUBGRAPH_SECRET: npm start makes one for the services it starts, or the gateway could not reach them.
  const env = testEnv({ ...ports, MEDIA_STORAGE_DIR: media, LOG_LEVEL: 'warn', SUBGRAPH_SECRET: '' });
  const gateway = `http://127.0.0.1:${ports.GATEWAY_PORT}/graphql`;
  const query = async (q: string, variables = {}, headers: Record<string, string> = {}) => {
    const res = await fetch(gateway, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify({ query: q, variables }),
    });
    return (await res.json()) as {
      data?: Record<
        string,
        {
          totalCount?: number;
          edges?: { node: { id: string } }[];
          accessToken?: string;
          user?: { role: string };
          conversation?: { id: string };
        }
      >;
      errors?: { extensions?: { code?: string } }[];
    };
  };
  after(async () => {
    await removeStackData(env);
    rmSync(media, { recursive: true, force: true });
  });

  it('loads the demo catalogue into empty databases and prints accounts that sign in and a first query', { timeout: 300_000 }, async () => {
    const { child, up } = startStack(env);
    try {
      const output = await up;
      assert.match(output, /Demo catalogue loaded/);
      const couple = /couple\s+(\S+@\S+)\s+password: (\S+)/.exec(output);
      const vendor = /vendor\s+(\S+@\S+)\s+password: (\S+)/.exec(output);
      assert.ok(couple && vendor, output);
      assert.match(output, /A first query to paste into .*\n\s+\{ vendors\(/);

      // The key is this start's own, not the development one everyone can read in the code.
      const withDevelopmentKey = await fetch(`http://127.0.0.1:${ports.MEDIA_PORT}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-zaffa-subgraph-secret': 'zaffa-development-subgraph-secret-not-for-production' },
        body: JSON.stringify({ query: '{ __typename }' }),
      });
      assert.equal(withDevelopmentKey.status, 403);

      const { data } = await query('{ vendors(first: 1) { totalCount } }');
      assert.ok((data?.vendors?.totalCount ?? 0) > 100, JSON.stringify(data));
      const tokens: string[] = [];
      for (const [, email, password] of [couple, vendor]) {
        const signIn = await query('mutation ($input: SignInInput!) { signIn(input: $input) { accessToken user { role } } }', {
          input: { email, password },
        });
        assert.equal(signIn.errors, undefined, JSON.stringify(signIn.errors));
        tokens.push(signIn.data!.signIn!.accessToken!);
      }

      // The couple writes to a demo vendor: messaging has learnt who answers for it from the events the seed queued.
      const vendorId = (await query('{ vendors(first: 1) { edges { node { id } } } }')).data!.vendors!.edges![0]!.node.id;
      const deadline = Date.now() + 60_000;
      for (;;) {
        const started = await query(
          'mutation ($input: StartConversationInput!) { startConversation(input: $input) { conversation { id } } }',
          { input: { vendorId, message: 'Bonjour, êtes-vous libres le 12 juin ?' } },
          { authorization: `Bearer ${tokens[0]}` },
        );
        if (started.data?.startConversation?.conversation?.id) break;
        assert.equal(started.errors?.[0]?.extensions?.code, 'NOT_FOUND', JSON.stringify(started.errors));
        assert.ok(Date.now() < deadline, 'messaging never learnt the demo vendor');
        await new Promise((r) => setTimeout(r, 250));
      }
    } finally {
      await stopStack(child);
    }
  });

  it('leaves databases that have data as they are', { timeout: 300_000 }, async () => {
    const { child, up } = startStack(env);
    try {
      const output = await up;
      assert.match(output, /already have data .*not loading the demo catalogue/);
      assert.doesNotMatch(output, /Demo catalogue loaded/);
    } finally {
      await stopStack(child);
    }
  });
});

import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { after, before, describe, it } from 'node:test';
import pg from 'pg';
import { JobProducer } from '@zaffa/shared';
import { removeStackData } from '@zaffa/shared/testing';
import { QueueEvents } from 'bullmq';
import { Redis } from 'ioredis';
import { seedDemoCatalogue } from '../scripts/demoCatalogue.ts';
import { fixture, sha1, uploadAndProcess } from './support/media.ts';
import { startStack, type Stack } from './support/stack.ts';

const subgraphs = ['accounts', 'vendor', 'event', 'media', 'messaging'];

/** Runs a command script with the stack's environment; resolves with its exit code and what it printed. */
function run(script: string, args: string[], env: NodeJS.ProcessEnv) {
  return new Promise<{ code: number | null; output: string }>((resolve) => {
    const child = spawn(process.execPath, [script, ...args], { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    child.on('exit', (code) => resolve({ code, output }));
  });
}

/** Every table's rows in every subgraph database, as one digest per table. */
async function tableDigests(env: NodeJS.ProcessEnv): Promise<Record<string, string>> {
  const digests: Record<string, string> = {};
  for (const subgraph of subgraphs) {
    const url = new URL(env.DATABASE_URL!);
    url.pathname = `/${env.DATABASE_PREFIX}_${subgraph}`;
    const client = new pg.Client({ connectionString: url.toString() });
    await client.connect();
    try {
      const { rows: tables } = await client.query<{ name: string }>(
        `SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename`,
      );
      for (const { name } of tables) {
        const table = pg.escapeIdentifier(name);
        const { rows } = await client.query<{ n: number; digest: string | null }>(
          `SELECT count(*)::int AS n, md5(string_agg(t::text, E'\\n' ORDER BY t::text)) AS digest FROM ${table} t`,
        );
        digests[`${subgraph}.${name}`] = `${rows[0]!.n}:${rows[0]!.digest}`;
      }
    } finally {
      await client.end();
    }
  }
  return digests;
}

/** Every stored media file's SHA-1, by its key. */
function mediaDigests(root: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const entry of readdirSync(root, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const key = relative(root, join(entry.parentPath, entry.name));
    if (key.startsWith('incoming') || key.startsWith('.tmp')) continue;
    out[key] = sha1(readFileSync(join(entry.parentPath, entry.name)));
  }
  return out;
}

describe('backups', () => {
  const mediaDir = mkdtempSync(join(tmpdir(), 'zaffa-media-'));
  const backupDir = mkdtempSync(join(tmpdir(), 'zaffa-backups-'));
  let stack: Stack;
  let env: NodeJS.ProcessEnv;
  let tables: Record<string, string>;
  let files: Record<string, string>;
  let firstSet: string;
  let secondSet: string;
  let stopped = false;

  before(async () => {
    stack = await startStack({ MEDIA_STORAGE_DIR: mediaDir, BACKUP_DIR: backupDir, BACKUP_CRON: 'off' }, { workers: true });
    env = stack.env;
    await seedDemoCatalogue({ vendors: 30, communes: 5, env });
    const owner = '00000000-0000-4000-8000-0000000000b1';
    await uploadAndProcess(stack, owner, fixture('jpg_Canon_40D.jpg'), 'hall.jpg');
    await uploadAndProcess(stack, owner, fixture('jpg_gps_DSCN0010.jpg'), 'cake.jpg');
    tables = await tableDigests(env);
    files = mediaDigests(mediaDir);
  });
  after(async () => {
    if (!stopped) await stack?.stop();
    await removeStackData(env);
    rmSync(mediaDir, { recursive: true, force: true });
    rmSync(backupDir, { recursive: true, force: true });
  });

  it('npm run backup writes a set: a dump of every subgraph database, the media manifest and pool, checksums', async () => {
    assert.ok(Object.keys(files).length >= 4, 'uploads and their variants are stored');
    const { code, output } = await run('scripts/backup.ts', [], env);
    assert.equal(code, 0, output);
    firstSet = /backup set (\S+) written/.exec(output)![1]!;
    const set = join(backupDir, firstSet);
    assert.deepEqual(readdirSync(join(set, 'databases')).sort(), subgraphs.map((s) => `${s}.dump`).sort());
    const summary = JSON.parse(readFileSync(join(set, 'backup.json'), 'utf8'));
    assert.equal(summary.media.files, Object.keys(files).length);
    assert.equal(summary.media.copiedFiles, new Set(Object.values(files)).size);
    assert.match(readFileSync(join(set, 'SHA256SUMS'), 'utf8'), /^[0-9a-f]{64} {2}databases\/accounts\.dump$/m);
  });

  it('the scheduled job writes a second set that copies no media file the first has; retention keeps one set a day', async () => {
    const connection = new Redis(env.REDIS_URL!, { maxRetriesPerRequest: null });
    const jobs = new JobProducer(connection, env.QUEUE_PREFIX!);
    const eventsConnection = connection.duplicate();
    const events = new QueueEvents('backup', { connection: eventsConnection, prefix: env.QUEUE_PREFIX });
    try {
      await events.waitUntilReady();
      // A set is named by its second; make sure this one has a name of its own.
      await new Promise((r) => setTimeout(r, 1100));
      const job = await jobs.enqueue('backup', 'run', {}, { jobId: 'backup-test-second' });
      const result = (await job.waitUntilFinished(events, 60_000)) as { set: string };
      assert.notEqual(result.set, firstSet);
      const summary = JSON.parse(readFileSync(join(backupDir, result.set, 'backup.json'), 'utf8'));
      assert.equal(summary.media.files, Object.keys(files).length);
      assert.equal(summary.media.copiedFiles, 0);
      assert.equal(summary.media.copiedBytes, 0);
      secondSet = result.set;
      // The newest set of each day is kept: the first one, from the same day, is gone; its media stay in the pool.
      assert.deepEqual(
        readdirSync(backupDir).filter((n) => n !== 'media'),
        [secondSet],
      );
      assert.equal(
        readdirSync(join(backupDir, 'media'), { recursive: true }).filter((f) => String(f).length > 3).length,
        new Set(Object.values(files)).size,
      );
    } finally {
      await events.close();
      await jobs.close();
      eventsConnection.disconnect();
      connection.disconnect();
    }
  });

  it('names pg_dump when it is not installed', async () => {
    const { code, output } = await run('scripts/backup.ts', [], { ...env, PATH: '/nonexistent' });
    assert.equal(code, 1);
    assert.match(output, /pg_dump not found: install the Postgres client/);
  });

  it('restore refuses a stack with data unless --force', async () => {
    const { code, output } = await run('scripts/restore.ts', [secondSet], env);
    assert.equal(code, 1);
    assert.match(output, /refusing to restore over a stack that has data/);
  });

  it('after a wipe, restore brings back every table row and every media file, checked against its SHA-1', async () => {
    await stack.stop(); // drops the stack's databases
    stopped = true;
    rmSync(mediaDir, { recursive: true, force: true });
    const { code, output } = await run('scripts/restore.ts', [secondSet], env);
    assert.equal(code, 0, output);
    assert.match(output, /media files restored and checked/);
    assert.deepEqual(await tableDigests(env), tables);
    assert.deepEqual(mediaDigests(mediaDir), files);
  });

  it('refuses a damaged set before touching anything', async () => {
    const dump = join(backupDir, secondSet, 'databases', 'vendor.dump');
    const bytes = readFileSync(dump);
    const middle = bytes.length >> 1;
    bytes[middle] = bytes[middle]! ^ 0xff;
    writeFileSync(dump, bytes);
    const { code, output } = await run('scripts/restore.ts', [secondSet, '--force'], env);
    assert.equal(code, 1);
    assert.match(output, /databases\/vendor\.dump does not match its checksum/);
  });
});

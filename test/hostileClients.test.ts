import assert from 'node:assert/strict';
import { createHash, randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, it } from 'node:test';
import { parse } from 'yaml';
import { loadGatewayConfig, startGateway, type RunningGateway } from '@zaffa/gateway';
import { startStack, type Stack } from './support/stack.ts';

// What a client that means harm, or an unlucky deployment, can do to the gateway; each answered as it must be.

type Body = { data?: Record<string, unknown> | null; errors?: { message: string; extensions?: Record<string, unknown> }[] };

const post = async (url: string, body: unknown, headers: Record<string, string> = {}) => {
  const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });
  return { status: res.status, headers: res.headers, text: await res.text() };
};
const json = (text: string) => JSON.parse(text) as Body;
const sha256 = (query: string) => createHash('sha256').update(query).digest('hex');
const byHash = (query: string) => ({ extensions: { persistedQuery: { version: 1, sha256Hash: sha256(query) } } });
/** A valid query of about `bytes` bytes: the padding is a comment, which costs no tokens. */
const queryOf = (bytes: number, tag = randomUUID()) => `# ${tag} ${'x'.repeat(Math.max(0, bytes - 60))}\n{ __typename }`;

/** An HTTP server of the test's own, answering as `handle` says; `url` is where it listens. */
async function stub(handle: Parameters<typeof createServer>[1]): Promise<{ url: string; server: Server }> {
  const server = createServer(handle);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, server };
}

describe('hostile clients at the gateway', () => {
  let stack: Stack;
  const gateways: RunningGateway[] = [];
  const servers: Server[] = [];
  /** Another gateway over the stack's subgraphs, with budgets and caches of its own (its own key prefix). */
  const anotherGateway = async (env: NodeJS.ProcessEnv) => {
    const { accounts, vendor, event, media, messaging } = stack.subgraphs;
    const gateway = await startGateway(
      loadGatewayConfig({
        ...stack.env,
        QUEUE_PREFIX: `${stack.env.QUEUE_PREFIX}-${gateways.length}`,
        ACCOUNTS_URL: accounts.url,
        VENDOR_URL: vendor.url,
        EVENT_URL: event.url,
        MEDIA_URL: media.url,
        MESSAGING_URL: messaging.url,
        ...env,
      }),
    );
    gateways.push(gateway);
    return gateway;
  };

  before(async () => {
    stack = await startStack();
  });
  after(async () => {
    await Promise.all(gateways.map((g) => g.stop()));
    servers.forEach((s) => s.close());
    await stack.stop();
  });

  describe('persisted queries', () => {
    it('never stores a query longer than APQ_MAX_QUERY_BYTES, though it answers it', async () => {
      const gateway = await anotherGateway({});
      const long = queryOf(20 * 1024);
      const registered = await post(gateway.url, { query: long, ...byHash(long) });
      assert.deepEqual(json(registered.text), { data: { __typename: 'Query' } });
      const later = json((await post(gateway.url, byHash(long))).text);
      assert.equal(later.errors?.[0]?.extensions?.code, 'PERSISTED_QUERY_NOT_FOUND');
      const short = queryOf(2 * 1024);
      await post(gateway.url, { query: short, ...byHash(short) });
      assert.deepEqual(json((await post(gateway.url, byHash(short))).text), { data: { __typename: 'Query' } });
    });

    it('keeps the cache within APQ_CACHE_MAX_BYTES by evicting the oldest registrations', async () => {
      const gateway = await anotherGateway({ APQ_CACHE_MAX_BYTES: String(6 * 1024) });
      const queries = Array.from({ length: 5 }, () => queryOf(1500));
      for (const query of queries) assert.equal((await post(gateway.url, { query, ...byHash(query) })).status, 200);
      const found = [];
      for (const query of queries) found.push(json((await post(gateway.url, byHash(query))).text).data?.__typename === 'Query');
      assert.deepEqual(found, [false, false, true, true, true]);
    });

    it('answers a flood of registrations from one address with 429 RATE_LIMITED, and lookups by hash still pass', async () => {
      const gateway = await anotherGateway({ APQ_REGISTRATIONS_PER_MINUTE: '3' });
      const statuses: number[] = [];
      for (let i = 0; i < 5; i++) {
        const query = queryOf(200);
        statuses.push((await post(gateway.url, { query, ...byHash(query) })).status);
      }
      assert.deepEqual(statuses, [200, 200, 200, 429, 429]);
      const another = queryOf(200);
      const refused = await post(gateway.url, { query: another, ...byHash(another) });
      assert.ok(Number(refused.headers.get('retry-after')) >= 1);
      assert.equal(json(refused.text).errors?.[0]?.extensions?.code, 'RATE_LIMITED');
      const lookup = json((await post(gateway.url, byHash(queryOf(100)))).text);
      assert.equal(lookup.errors?.[0]?.extensions?.code, 'PERSISTED_QUERY_NOT_FOUND');
    });
  });

  describe('query cost', () => {
    const nested = 'vendors(first: $n) { edges { node { id gallery(first: $m) { id } } } }';
    const withVariables = `query Nested($n: Int!, $m: Int!) { ${nested} }`;

    it('counts list sizes given as variables as it counts literals', async () => {
      const literal = json((await post(stack.gateway.url, { query: `{ ${nested.replace('$n', '100').replace('$m', '100')} }` })).text);
      assert.match(literal.errors?.[0]?.message ?? '', /Query Cost limit of 25000 exceeded/);
      const { status, text } = await post(
        stack.gateway.url,
        { query: withVariables, variables: { n: 100, m: 100 } },
        { accept: 'application/graphql-response+json' },
      );
      const body = json(text);
      assert.equal(status, 400);
      assert.equal(body.data, undefined);
      assert.equal(body.errors?.[0]?.extensions?.code, 'GRAPHQL_VALIDATION_FAILED');
      assert.match(body.errors![0]!.message, /Query Cost limit of 25000 exceeded/);
    });

    it("counts a variable's default when the request leaves it out, and lets small sizes through", async () => {
      const defaulted = `query Nested($n: Int = 100, $m: Int = 100) { ${nested} }`;
      const refused = json((await post(stack.gateway.url, { query: defaulted })).text);
      assert.equal(refused.errors?.[0]?.extensions?.code, 'GRAPHQL_VALIDATION_FAILED');
      const small = json((await post(stack.gateway.url, { query: withVariables, variables: { n: 2, m: 2 } })).text);
      assert.equal(small.errors, undefined, JSON.stringify(small.errors));
      assert.ok(small.data?.vendors);
    });
  });

  it('labels metrics with a bounded set of operation names: made-up ones beyond it are `other`', async () => {
    const gateway = await anotherGateway({});
    await post(gateway.url, { query: 'query KnownFirst { __typename }' });
    for (let i = 0; i < 300; i++) await post(gateway.url, { query: `query MadeUp${i} { __typename }` });
    await post(gateway.url, { query: 'query KnownFirst { __typename }' });
    const metrics = await (await fetch(gateway.url.replace('/graphql', '/metrics'))).text();
    const lines = metrics.split('\n').filter((l) => l.startsWith('graphql_request_duration_seconds_count'));
    const labels = new Set(lines.map((l) => /operation="([^"]*)"/.exec(l)?.[1]));
    assert.ok(labels.size <= 102, `${labels.size} operation labels`);
    assert.ok(labels.has('other'));
    assert.ok(lines.some((l) => l.includes('operation="KnownFirst"') && l.endsWith(' 2')));
  });

  describe('addresses and downloads', () => {
    it('takes the peer as the client by default: X-Forwarded-For picks no rate-limit address', async () => {
      const gateway = await anotherGateway({ RATE_LIMIT_IP_PER_MINUTE: '3' });
      const statuses: number[] = [];
      for (let i = 0; i < 4; i++) {
        statuses.push((await post(gateway.url, { query: '{ __typename }' }, { 'x-forwarded-for': `203.0.113.${i + 1}` })).status);
      }
      assert.deepEqual(statuses, [200, 200, 200, 429]);
    });

    it('rate limits downloads by media id', async () => {
      const gateway = await anotherGateway({ RATE_LIMIT_IP_PER_MINUTE: '5' });
      const origin = gateway.url.replace('/graphql', '');
      const statuses: number[] = [];
      for (let i = 0; i < 8; i++) statuses.push((await fetch(`${origin}/media/${randomUUID()}`)).status);
      assert.deepEqual(statuses, [404, 404, 404, 404, 404, 429, 429, 429]);
    });
  });

  describe('subgraphs and keys', () => {
    it("masks a subgraph's 401: the client never sees its internal URL", async () => {
      const refusing = await stub((_req, res) => {
        res.writeHead(401, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ errors: [{ message: 'no', extensions: { code: 'UNAUTHENTICATED' } }] }));
      });
      servers.push(refusing.server);
      const gateway = await anotherGateway({ VENDOR_URL: `${refusing.url}/graphql` });
      const { text } = await post(gateway.url, { query: '{ categories { slug } }' });
      const body = json(text);
      assert.equal(body.errors?.[0]?.extensions?.code, 'UNAUTHENTICATED');
      assert.equal(body.errors?.[0]?.extensions?.response, undefined);
      assert.ok(!text.includes(refusing.url), text);
    });

    it('keeps the last good signing keys while accounts cannot be reached', async () => {
      const jwksUrl = stack.env.ACCOUNTS_JWKS_URL!;
      let up = true;
      const keys = await stub(async (_req, res) => {
        if (!up) return void res.writeHead(503).end();
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(await (await fetch(jwksUrl)).text());
      });
      servers.push(keys.server);
      const gateway = await anotherGateway({ ACCOUNTS_JWKS_URL: `${keys.url}/.well-known/jwks.json`, JWKS_MAX_AGE_S: '1' });
      const authorization = `Bearer ${await stack.issuer.sign(randomUUID(), 'COUPLE')}`;
      assert.equal((await post(gateway.url, { query: '{ __typename }' }, { authorization })).status, 200);
      up = false;
      await new Promise((r) => setTimeout(r, 1500));
      const { status, text } = await post(gateway.url, { query: '{ __typename }' }, { authorization });
      assert.equal(status, 200, text);
    });
  });

  it('docker-compose.yml runs in production unless told otherwise, and trusts no forwarded address', () => {
    const compose = parse(readFileSync(new URL('../docker-compose.yml', import.meta.url), 'utf8'), { merge: true }) as {
      services: Record<string, { environment?: Record<string, string> }>;
    };
    const gateway = compose.services.gateway!.environment!;
    assert.equal(gateway.NODE_ENV, '${NODE_ENV:-production}');
    assert.equal(gateway.TRUST_PROXY, '${TRUST_PROXY:-false}');
    for (const name of ['accounts', 'vendor', 'event', 'media', 'messaging', 'workers']) {
      assert.equal(compose.services[name]!.environment?.NODE_ENV, '${NODE_ENV:-production}', name);
    }
  });
});

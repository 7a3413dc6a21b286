import assert from 'node:assert/strict';
import { composeServices } from '@apollo/composition';
import { ApolloServer } from '@apollo/server';
import { startStandaloneServer } from '@apollo/server/standalone';
import { buildSubgraphSchema } from '@apollo/subgraph';
import { parse } from 'graphql';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, beforeEach, describe, it } from 'node:test';
import { loadGatewayConfig, startGateway, type RunningGateway } from '@zaffa/gateway';
import { testEnv } from '@zaffa/shared/testing';
import { createTestIssuer } from './support/issuer.ts';
import { startOtlpReceiver } from './support/otlpReceiver.ts';

const typeDefs = parse(`
  extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key"])
  type Query { catalogue: [Item!]!  me: Viewer }
  type Item { id: ID!  name: String! }
  type Viewer { id: ID!  secret: String! }
  type Mutation { bump(input: BumpInput!): BumpPayload! }
  input BumpInput { by: Int! }
  type BumpPayload { count: Int! }
`);

/** Who the subgraph was asked by, read from the bearer token the gateway passed on. */
const subject = (authorization: unknown) =>
  typeof authorization === 'string'
    ? (JSON.parse(Buffer.from(authorization.split('.')[1]!, 'base64url').toString()) as { sub: string }).sub
    : null;

describe('the gateway shares identical queries in flight, and only those', () => {
  const issuer = createTestIssuer();
  let jwks: Awaited<ReturnType<Awaited<typeof issuer>['serveJwks']>>;
  let shop: ApolloServer<{ authorization?: string }>;
  let gateway: RunningGateway;
  // The same graph behind a gateway that traces: each subgraph call carries a trace context of its own.
  let traced: RunningGateway;
  let receiver: Awaited<ReturnType<typeof startOtlpReceiver>>;
  let calls: string[] = [];
  let bumps = 0;
  // Every subgraph call waits here, so the test's requests are all in flight at once before any is answered.
  let release: () => void = () => {};
  let held = Promise.resolve();
  const hold = () => {
    held = new Promise((resolve) => (release = resolve));
  };

  before(async () => {
    jwks = await (await issuer).serveJwks();
    shop = new ApolloServer({
      schema: buildSubgraphSchema([
        {
          typeDefs,
          resolvers: {
            Query: {
              catalogue: async () => {
                calls.push('catalogue');
                await held;
                return [{ id: '1', name: 'Salle des fêtes El Djazair' }];
              },
              me: async (_: unknown, __: unknown, ctx: { authorization?: string }) => {
                calls.push(`me:${subject(ctx.authorization)}`);
                await held;
                const id = subject(ctx.authorization);
                return id ? { id, secret: `secret of ${id}` } : null;
              },
            },
            Mutation: {
              bump: async (_: unknown, { input }: { input: { by: number } }) => {
                calls.push('bump');
                await held;
                bumps += input.by;
                return { count: bumps };
              },
            },
          },
        },
      ]),
    });
    const { url } = await startStandaloneServer(shop, {
      listen: { port: 0, host: '127.0.0.1' },
      context: async ({ req }) => ({ authorization: req.headers.authorization }),
    });
    const composed = composeServices([{ name: 'shop', url, typeDefs }]);
    assert.equal(composed.errors, undefined);
    const file = join(mkdtempSync(join(tmpdir(), 'zaffa-')), 'supergraph.graphql');
    writeFileSync(file, composed.supergraphSdl!);
    gateway = await startGateway(loadGatewayConfig(testEnv({ SUPERGRAPH_PATH: file, ACCOUNTS_JWKS_URL: jwks.url })));
    receiver = await startOtlpReceiver({ keep: false });
    traced = await startGateway(
      loadGatewayConfig(
        testEnv({ SUPERGRAPH_PATH: file, ACCOUNTS_JWKS_URL: jwks.url, OTEL_EXPORTER_OTLP_ENDPOINT: receiver.url, GATEWAY_PORT: '0' }),
      ),
    );
  });

  after(async () => {
    await gateway.stop();
    await traced.stop();
    await receiver.close();
    await shop.stop();
    await jwks.close();
  });

  beforeEach(() => {
    calls = [];
    hold();
  });

  const ask = (query: string, token?: string, via = gateway) =>
    fetch(via.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query }),
    }).then((r) => r.json() as Promise<{ data?: Record<string, unknown>; errors?: unknown[] }>);

  /** Lookups in one of the gateway's in-flight tables so far (on /metrics), joined or not. */
  async function lookups(cache: 'operation_inflight' | 'subgraph_inflight_shop', via = gateway): Promise<number> {
    const text = await (await fetch(via.url.replace(/\/graphql$/, '/metrics'))).text();
    return text
      .split('\n')
      .filter((l) => l.startsWith('cache_lookups_total{') && l.includes(`cache="${cache}"`))
      .reduce((sum, l) => sum + Number(l.split(' ').at(-1)), 0);
  }

  /** Resolves once `done()` is true; the held subgraph calls are then let go. */
  async function releaseWhen(done: () => Promise<boolean> | boolean) {
    while (!(await done())) await new Promise((r) => setTimeout(r, 20));
    release();
  }

  it('merges identical concurrent queries into one subgraph call, and each caller gets the whole answer', async () => {
    const start = await lookups('operation_inflight');
    const answers = Promise.all(Array.from({ length: 5 }, () => ask('{ catalogue { id name } }')));
    await releaseWhen(async () => (await lookups('operation_inflight')) - start >= 5);
    for (const answer of await answers)
      assert.deepEqual(answer, { data: { catalogue: [{ id: '1', name: 'Salle des fêtes El Djazair' }] } });
    assert.deepEqual(calls, ['catalogue']);
  });

  it('merges the subgraph call of two spellings of one query, each executed on its own', async () => {
    const start = await lookups('subgraph_inflight_shop');
    const answers = Promise.all([ask('{ catalogue { id name } }'), ask('query { catalogue { id, name } }')]);
    await releaseWhen(async () => (await lookups('subgraph_inflight_shop')) - start >= 2);
    for (const answer of await answers)
      assert.deepEqual(answer, { data: { catalogue: [{ id: '1', name: 'Salle des fêtes El Djazair' }] } });
    assert.deepEqual(calls, ['catalogue']);
  });

  it('merges them with tracing on too: the trace context each call carries is not part of what it asks', async () => {
    const start = await lookups('subgraph_inflight_shop', traced);
    const answers = Promise.all([
      ask('{ catalogue { id name } }', undefined, traced),
      ask('query { catalogue { id, name } }', undefined, traced),
    ]);
    await releaseWhen(async () => (await lookups('subgraph_inflight_shop', traced)) - start >= 2);
    for (const answer of await answers)
      assert.deepEqual(answer, { data: { catalogue: [{ id: '1', name: 'Salle des fêtes El Djazair' }] } });
    assert.deepEqual(calls, ['catalogue']);
  });

  it("never merges two users' private queries: each is asked with its own token and sees only its own answer", async () => {
    const [amina, karim] = await Promise.all([(await issuer).sign('amina', 'COUPLE'), (await issuer).sign('karim', 'COUPLE')]);
    const start = await lookups('subgraph_inflight_shop');
    const answers = Promise.all([ask('{ me { id secret } }', amina), ask('{ me { id secret } }', karim)]);
    // Both reach the subgraph-call stage while held: neither was merged with the other's execution.
    await releaseWhen(async () => (await lookups('subgraph_inflight_shop')) - start >= 2);
    assert.deepEqual(await answers, [
      { data: { me: { id: 'amina', secret: 'secret of amina' } } },
      { data: { me: { id: 'karim', secret: 'secret of karim' } } },
    ]);
    assert.deepEqual(calls.sort(), ['me:amina', 'me:karim']);
  });

  it('never merges mutations, even identical ones sent at the same moment by the same user', async () => {
    const token = await (await issuer).sign('amina', 'COUPLE');
    const before = bumps;
    const mutation = 'mutation { bump(input: { by: 1 }) { count } }';
    const answers = Promise.all([ask(mutation, token), ask(mutation, token)]);
    // Both mutations reach the subgraph while held; merged, only one would, and the wait ends after 5 s to say so.
    const deadline = Date.now() + 5000;
    await releaseWhen(() => calls.length >= 2 || Date.now() > deadline);
    const counts = (await answers).map((a) => (a.data?.bump as { count: number }).count).sort();
    assert.deepEqual(calls, ['bump', 'bump']);
    assert.deepEqual(counts, [before + 1, before + 2]);
  });
});

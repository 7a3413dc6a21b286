import assert from 'node:assert/strict';
import { composeServices } from '@apollo/composition';
import { ApolloServer } from '@apollo/server';
import { startStandaloneServer } from '@apollo/server/standalone';
import { buildSubgraphSchema } from '@apollo/subgraph';
import { parse } from 'graphql';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { testEnv } from '@zaffa/shared/testing';
import { gatewayConfig, loadGatewayConfig } from './config.ts';
import { startGateway, type RunningGateway } from './server.ts';

const typeDefs = parse(`
  extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key"])
  type Query { echo: Echo! }
  type Echo { requestId: String, authorization: String }
`);

describe("the gateway on a supergraph of someone else's subgraph", () => {
  let gateway: RunningGateway;
  let foreign: ApolloServer<{ headers: Record<string, string | string[] | undefined> }>;

  before(async () => {
    foreign = new ApolloServer({
      schema: buildSubgraphSchema([
        {
          typeDefs,
          resolvers: {
            Query: {
              echo: (_: unknown, __: unknown, ctx: { headers: Record<string, unknown> }) => ({
                requestId: ctx.headers['x-request-id'],
                authorization: ctx.headers.authorization ?? null,
              }),
            },
          },
        },
      ]),
    });
    const { url } = await startStandaloneServer(foreign, {
      listen: { port: 0, host: '127.0.0.1' },
      context: async ({ req }) => ({ headers: req.headers }),
    });
    const composed = composeServices([{ name: 'echo', url, typeDefs }]);
    assert.equal(composed.errors, undefined);
    const file = join(mkdtempSync(join(tmpdir(), 'zaffa-')), 'supergraph.graphql');
    writeFileSync(file, composed.supergraphSdl!);
    gateway = await startGateway(loadGatewayConfig(testEnv({ SUPERGRAPH_PATH: file }, [gatewayConfig])));
  });

  after(async () => {
    await gateway.stop();
    await foreign.stop();
  });

  it('serves it, passing the request id on to the subgraph', async () => {
    const res = await fetch(gateway.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-request-id': 'trace-me-1' },
      body: JSON.stringify({ query: '{ echo { requestId authorization } }' }),
    });
    assert.equal(res.headers.get('x-request-id'), 'trace-me-1');
    assert.deepEqual(await res.json(), { data: { echo: { requestId: 'trace-me-1', authorization: null } } });
  });

  it('makes a request id when the client sends none, and passes that one on', async () => {
    const res = await fetch(gateway.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ echo { requestId } }' }),
    });
    const made = res.headers.get('x-request-id');
    assert.match(made ?? '', /^[0-9a-f-]{36}$/);
    assert.deepEqual(await res.json(), { data: { echo: { requestId: made } } });
  });
});

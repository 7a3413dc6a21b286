import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { composeServices } from '@apollo/composition';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginInlineTraceDisabled } from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import { buildSubgraphSchema } from '@apollo/subgraph';
import express from 'express';
import { parse } from 'graphql';
import { loadGatewayConfig, startGateway, type RunningGateway } from '@zaffa/gateway';
import { createHttpServer } from '@zaffa/shared';
import { fixture, uploadAs } from './support/media.ts';
import { startStack, type Stack } from './support/stack.ts';
import { subscribe, wsClient } from './support/subscriptions.ts';

const couple = '00000000-0000-4000-8000-00000000a001';
const captionsSdl = `
  extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key"])
  type Media @key(fields: "id") {
    id: ID!
    "A field another subgraph adds to Media, so a media subscription needs the rest of its plan."
    caption: String
  }
`;

/** A tiny subgraph contributing `Media.caption`: stands for any subgraph whose fields a subscription's payload asks for. */
async function startCaptions() {
  const schema = buildSubgraphSchema([
    {
      typeDefs: parse(captionsSdl),
      resolvers: { Media: { __resolveReference: ({ id }: { id: string }) => ({ id, caption: `caption of ${id}` }) } },
    },
  ]);
  const apollo = new ApolloServer({ schema, plugins: [ApolloServerPluginInlineTraceDisabled()] });
  await apollo.start();
  const app = express();
  app.use('/graphql', express.json(), expressMiddleware(apollo));
  const server = createHttpServer(app);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
  return {
    url,
    stop: async () => {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
      await apollo.stop();
    },
  };
}

describe('a subscription whose payload spans subgraphs', () => {
  let stack: Stack;
  let captions: Awaited<ReturnType<typeof startCaptions>>;
  let gateway: RunningGateway;
  let dir: string;

  before(async () => {
    stack = await startStack();
    captions = await startCaptions();
    const root = new URL('../', import.meta.url);
    const own = (['accounts', 'vendor', 'event', 'media', 'messaging'] as const).map((name) => ({
      name,
      url: stack.subgraphs[name].url,
      typeDefs: parse(readFileSync(new URL(`subgraphs/${name}/src/schema.graphql`, root), 'utf8')),
    }));
    const composed = composeServices([...own, { name: 'captions', url: captions.url, typeDefs: parse(captionsSdl) }]);
    assert.ok(composed.supergraphSdl, composed.errors?.map((e) => e.message).join('\n'));
    dir = mkdtempSync(join(tmpdir(), 'zaffa-supergraph-'));
    writeFileSync(join(dir, 'supergraph.graphql'), composed.supergraphSdl);
    gateway = await startGateway(loadGatewayConfig({ ...stack.env, SUPERGRAPH_PATH: join(dir, 'supergraph.graphql') }));
  });
  after(async () => {
    await gateway?.stop();
    await captions?.stop().catch(() => {});
    await stack?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('completes each event with the fields other subgraphs own; one that is down costs only its fields', async () => {
    const { body } = await uploadAs(stack, couple, fixture('jpg_Canon_40D.jpg'), 'hall.jpg');
    const id = body.data!.uploadMedia.media.id;
    const { client } = wsClient(gateway.url, await stack.issuer.sign(couple, 'COUPLE'));
    let closedCode: number | undefined;
    client.on('closed', (e) => (closedCode = (e as { code: number }).code));
    try {
      const sub = subscribe(client, 'subscription($ids: [ID!]!) { mediaStatusChanged(ids: $ids) { id state: status caption } }', {
        ids: [id],
      });
      const first = await sub.next();
      assert.equal(first.errors, undefined);
      assert.deepEqual(first.data, { mediaStatusChanged: { id, state: 'PENDING', caption: `caption of ${id}` } });

      await captions.stop();
      await stack.startWorkers();
      const ready = await sub.next(60_000);
      assert.deepEqual(ready.data, { mediaStatusChanged: { id, state: 'READY', caption: null } });
      assert.equal(ready.errors?.[0]?.extensions?.code, 'SERVICE_UNAVAILABLE');
      assert.equal(ready.errors?.[0]?.extensions?.service, 'captions');
      assert.equal(closedCode, undefined, 'the socket stayed open');
    } finally {
      await stack.stopWorkers();
      await client.dispose();
    }
  });
});

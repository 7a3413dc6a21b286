import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { ApolloClient, InMemoryCache, gql } from '@apollo/client';
import { GraphQLWsLink } from '@apollo/client/link/subscriptions';
import { createClient as createSseClient } from 'graphql-sse';
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';
import { fixture, uploadAs } from './support/media.ts';
import { startStack, type Stack } from './support/stack.ts';
import { subscribe, wsClient, wsUrl } from './support/subscriptions.ts';

const couple = '00000000-0000-4000-8000-00000000d001';
const stranger = '00000000-0000-4000-8000-00000000d002';
const statusQuery = 'subscription Status($ids: [ID!]!) { mediaStatusChanged(ids: $ids) { id status url variants { name url } } }';

type Status = { id: string; status: string; variants: { name: string }[] };

async function pendingUpload(stack: Stack, userId = couple): Promise<string> {
  const { body } = await uploadAs(stack, userId, fixture('jpg_Canon_40D.jpg'), 'hall.jpg');
  return body.data!.uploadMedia.media.id;
}

describe('subscriptions through the gateway', () => {
  let stack: Stack;

  before(async () => {
    stack = await startStack({
      SUBSCRIPTION_CONNECTIONS_PER_USER: '2',
      SUBSCRIPTIONS_PER_CONNECTION: '2',
      SUBSCRIPTION_TOKEN_GRACE_S: '0',
    });
  });
  after(() => stack.stop());

  it("an upload's mediaStatusChanged goes PENDING → READY (graphql-ws)", async () => {
    const id = await pendingUpload(stack);
    const { client } = wsClient(stack.gateway.url, await stack.issuer.sign(couple, 'COUPLE'));
    try {
      const sub = subscribe(client, statusQuery, { ids: [id] });
      const first = await sub.next();
      assert.equal(first.errors, undefined);
      assert.equal((first.data!.mediaStatusChanged as Status).status, 'PENDING');
      await stack.startWorkers();
      const ready = (await sub.next(60_000)).data!.mediaStatusChanged as Status;
      assert.equal(ready.status, 'READY');
      assert.ok(ready.variants.some((v) => v.name === 'original'));
    } finally {
      await stack.stopWorkers();
      await client.dispose();
    }
  });

  it("Apollo Client's GraphQLWsLink receives READY, even subscribing after the processing", async () => {
    const id = await pendingUpload(stack);
    await stack.startWorkers();
    await stack.drainJobs();
    await stack.stopWorkers();
    const token = await stack.issuer.sign(couple, 'COUPLE');
    const ws = createClient({
      url: wsUrl(stack.gateway.url),
      webSocketImpl: WebSocket,
      connectionParams: { authorization: `Bearer ${token}` },
    });
    const apollo = new ApolloClient({ link: new GraphQLWsLink(ws), cache: new InMemoryCache() });
    try {
      const status = await new Promise<Status>((resolve, reject) => {
        const sub = apollo.subscribe<{ mediaStatusChanged: Status }>({ query: gql(statusQuery), variables: { ids: [id] } }).subscribe({
          next: (result) => {
            if (result.error) return reject(result.error);
            sub.unsubscribe();
            resolve(result.data!.mediaStatusChanged);
          },
          error: reject,
        });
      });
      assert.equal(status.id, id);
      assert.equal(status.status, 'READY');
    } finally {
      apollo.stop();
      await ws.dispose();
    }
  });

  it('an SSE client (graphql-sse) receives the status with its Authorization header', async () => {
    const id = await pendingUpload(stack);
    const token = await stack.issuer.sign(couple, 'COUPLE');
    const sse = createSseClient({ url: stack.gateway.url, headers: { authorization: `Bearer ${token}` }, retryAttempts: 0 });
    try {
      const first = await new Promise<Status>((resolve, reject) => {
        const dispose = sse.subscribe<{ mediaStatusChanged: Status }>(
          { query: statusQuery, variables: { ids: [id] } },
          {
            next: (r) => {
              dispose();
              if (r.errors) reject(new Error(JSON.stringify(r.errors)));
              else resolve(r.data!.mediaStatusChanged);
            },
            error: reject,
            complete: () => {},
          },
        );
      });
      assert.deepEqual([first.id, first.status], [id, 'PENDING']);
    } finally {
      sse.dispose();
    }
  });

  it('a subscription sent as a plain HTTP request is told where subscriptions are served', async () => {
    const token = await stack.issuer.sign(couple, 'COUPLE');
    const { status, body } = await stack.query(
      statusQuery,
      { ids: ['00000000-0000-4000-8000-000000000000'] },
      // A request error is a 400 for clients of the GraphQL-over-HTTP media type (200 for plain JSON ones, as the spec says).
      { authorization: `Bearer ${token}`, accept: 'application/graphql-response+json' },
    );
    assert.equal(status, 400);
    assert.equal(body.errors?.[0]?.extensions?.code, 'BAD_USER_INPUT');
    assert.match(body.errors![0]!.message, /WebSocket/);
  });

  it('SSE without a token is refused with 401', async () => {
    const res = await fetch(stack.gateway.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'text/event-stream' },
      body: JSON.stringify({ query: statusQuery, variables: { ids: ['00000000-0000-4000-8000-000000000000'] } }),
    });
    assert.equal(res.status, 401);
    assert.equal(((await res.json()) as { errors: { extensions: { code: string } }[] }).errors[0]!.extensions.code, 'UNAUTHENTICATED');
  });

  it("refuses a stranger's subscription to someone else's upload, at the gateway and at the subgraph", async () => {
    const id = await pendingUpload(stack);
    const token = await stack.issuer.sign(stranger, 'COUPLE');
    for (const [where, connect] of [
      ['gateway', () => wsClient(stack.gateway.url, token)],
      ['media subgraph', () => stack.directSubscriptions('media', token)],
    ] as const) {
      const { client } = connect();
      try {
        const sub = subscribe(client, statusQuery, { ids: [id] });
        const result = await sub.next();
        assert.equal(result.errors?.[0]?.extensions?.code, 'NOT_FOUND', where);
        assert.equal(result.data ?? null, null);
        assert.equal(await sub.end(), null);
      } finally {
        await client.dispose();
      }
    }
  });

  it('the subgraph refuses a subscription without a token, or with a forged one', async () => {
    const id = await pendingUpload(stack);
    const { client } = stack.directSubscriptions('media', null);
    try {
      const anonymous = await subscribe(client, statusQuery, { ids: [id] }).next();
      assert.equal(anonymous.errors?.[0]?.extensions?.code, 'UNAUTHENTICATED');
      const forged = await new Promise<unknown>((resolve) =>
        client.subscribe(
          { query: statusQuery, variables: { ids: [id] }, extensions: { authorization: 'Bearer not-a-token' } },
          { next: resolve, error: resolve, complete: () => {} },
        ),
      );
      assert.equal((forged as { extensions?: { code?: string } }[])[0]?.extensions?.code, 'UNAUTHENTICATED');
    } finally {
      await client.dispose();
    }
  });

  it('a connection without a valid token is closed with 4403', async () => {
    for (const token of [null, 'not-a-token']) {
      const { client, closed } = wsClient(stack.gateway.url, token);
      subscribe(client, statusQuery, { ids: [] });
      assert.equal((await closed).code, 4403);
      await client.dispose();
    }
  });

  it('closes the socket with 4403 once the access token expires', async () => {
    const id = await pendingUpload(stack);
    const token = await stack.issuer.sign(couple, 'COUPLE', {}, 2);
    const { client, closed } = wsClient(stack.gateway.url, token);
    try {
      const sub = subscribe(client, statusQuery, { ids: [id] });
      assert.equal(((await sub.next()).data!.mediaStatusChanged as Status).status, 'PENDING');
      const event = await closed;
      assert.equal(event.code, 4403);
      assert.match(event.reason, /expired/);
    } finally {
      await client.dispose();
    }
  });

  it('a user past the connection limit is closed with 4429; others are not', async () => {
    const token = await stack.issuer.sign(couple, 'COUPLE');
    const id = await pendingUpload(stack);
    const open = [wsClient(stack.gateway.url, token), wsClient(stack.gateway.url, token)];
    try {
      for (const { client } of open) await subscribe(client, statusQuery, { ids: [id] }).next();
      const third = wsClient(stack.gateway.url, token);
      subscribe(third.client, statusQuery, { ids: [id] });
      const event = await third.closed;
      assert.equal(event.code, 4429);
      await third.client.dispose();
      const other = wsClient(stack.gateway.url, await stack.issuer.sign(stranger, 'COUPLE'));
      const otherId = await pendingUpload(stack, stranger);
      assert.equal(
        ((await subscribe(other.client, statusQuery, { ids: [otherId] }).next()).data!.mediaStatusChanged as Status).id,
        otherId,
      );
      await other.client.dispose();
    } finally {
      for (const { client } of open) await client.dispose();
    }
  });

  it('one subscription too many on a connection is refused with RATE_LIMITED, the others go on', async () => {
    const id = await pendingUpload(stack);
    const { client } = wsClient(stack.gateway.url, await stack.issuer.sign(couple, 'COUPLE'));
    try {
      const subs = [subscribe(client, statusQuery, { ids: [id] }), subscribe(client, statusQuery, { ids: [id] })];
      for (const sub of subs) await sub.next();
      const extra = await new Promise<unknown>((resolve) =>
        client.subscribe({ query: statusQuery, variables: { ids: [id] } }, { next: resolve, error: resolve, complete: () => {} }),
      );
      assert.equal((extra as { extensions?: { code?: string } }[])[0]?.extensions?.code, 'RATE_LIMITED');
    } finally {
      await client.dispose();
    }
  });

  it("applies the gateway's operation limits to subscriptions (aliases here)", async () => {
    const { client } = wsClient(stack.gateway.url, await stack.issuer.sign(couple, 'COUPLE'));
    try {
      const aliases = Array.from({ length: 20 }, (_, i) => `a${i}: id`).join(' ');
      const refused = await new Promise<unknown>((resolve) =>
        client.subscribe(
          { query: `subscription { mediaStatusChanged(ids: ["00000000-0000-4000-8000-000000000000"]) { ${aliases} } }` },
          { next: resolve, error: resolve, complete: () => {} },
        ),
      );
      assert.equal((refused as { extensions?: { code?: string } }[])[0]?.extensions?.code, 'GRAPHQL_VALIDATION_FAILED');
    } finally {
      await client.dispose();
    }
  });
});

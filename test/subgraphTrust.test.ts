import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { randomBytes, randomUUID } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import { gatewayConfig, loadGatewayConfig, startGateway, type RunningGateway } from '@zaffa/gateway';
import { SUBGRAPH_SECRET_HEADER, SUBGRAPH_SECRET_PARAM } from '@zaffa/shared';
import { testEnv } from '@zaffa/shared/testing';
import { vendor } from '@zaffa/vendor';
import { fixture, uploadAndProcess } from './support/media.ts';
import { as, vendorOwnedBy } from './support/messaging.ts';
import { startStack, type Stack, type SubgraphName } from './support/stack.ts';
import { subscribe, wsClient } from './support/subscriptions.ts';

const names: SubgraphName[] = ['accounts', 'vendor', 'event', 'media', 'messaging'];
const wrongKey = randomBytes(32).toString('hex');
type Body = { data?: Record<string, unknown> | null; errors?: { extensions?: { code?: string } }[] };

/** A POST straight to a subgraph, with whatever key (or none) a caller chose. */
async function post(url: string, body: unknown, headers: Record<string, string> = {}) {
  const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });
  return { status: res.status, body: (await res.json()) as Body };
}

/** The finding's request: a private event's photos, asked of media with the event's and its owner's ids. */
const photosOf = (eventId: string, ownerId: string) => ({
  query: `query($r: [_Any!]!) { _entities(representations: $r) { ... on Event { photos { id } } } }`,
  variables: { r: [{ __typename: 'Event', id: eventId, owner: { id: ownerId } }] },
});

describe('subgraphs answer only the gateway', () => {
  let stack: Stack;
  let gatewayWithWrongKey: RunningGateway;
  const owner = randomUUID();
  let ownerHeaders: Record<string, string>;
  let eventId: string;
  let photoId: string;

  before(async () => {
    stack = await startStack({}, { workers: true });
    const { accounts, vendor, event, media, messaging } = stack.subgraphs;
    gatewayWithWrongKey = await startGateway(
      loadGatewayConfig({
        ...stack.env,
        SUBGRAPH_SECRET: wrongKey,
        ACCOUNTS_URL: accounts.url,
        VENDOR_URL: vendor.url,
        EVENT_URL: event.url,
        MEDIA_URL: media.url,
        MESSAGING_URL: messaging.url,
      }),
    );
    ownerHeaders = { authorization: `Bearer ${await stack.issuer.sign(owner, 'COUPLE')}` };
    const created = await stack.query<{ createEvent: { event: { id: string } } }>(
      `mutation { createEvent(input: { kind: WEDDING, title: "Nour & Sami", date: "2027-06-12" }) { event { id } } }`,
      {},
      ownerHeaders,
    );
    eventId = created.body.data!.createEvent.event.id;
    photoId = (await uploadAndProcess(stack, owner, fixture('jpg_Canon_40D.jpg'), 'ours.jpg')).id;
    const attached = await stack.query(
      `mutation($input: AttachMediaInput!) { attachMedia(input: $input) { media { id } } }`,
      { input: { mediaIds: [photoId], target: { type: 'EVENT', id: eventId } } },
      ownerHeaders,
    );
    assert.equal(attached.body.errors, undefined);
  });
  after(async () => {
    await gatewayWithWrongKey?.stop();
    await stack?.stop();
  });

  it("still answers through the gateway: the owner sees the event's photos", async () => {
    const { body } = await stack.query(`query($id: ID!) { event(id: $id) { photos { id } } }`, { id: eventId }, ownerHeaders);
    assert.deepEqual(body, { data: { event: { photos: [{ id: photoId }] } } });
  });

  it('refuses GraphQL over HTTP without the key, or with a wrong one, on every subgraph: 403 FORBIDDEN', async () => {
    for (const name of names) {
      const { url } = stack.subgraphs[name];
      for (const [label, headers] of [
        ['no key', {}],
        ['a wrong key', { [SUBGRAPH_SECRET_HEADER]: wrongKey }],
        ['an empty key', { [SUBGRAPH_SECRET_HEADER]: '' }],
      ] as const) {
        const { status, body } = await post(url, { query: '{ __typename }' }, headers);
        assert.equal(status, 403, `${name}, ${label}`);
        assert.equal(body.errors?.[0]?.extensions?.code, 'FORBIDDEN', `${name}, ${label}`);
        assert.equal(body.data, undefined);
      }
      assert.deepEqual(await (await stack.direct(name, { query: '{ __typename }' })).json(), { data: { __typename: 'Query' } });
    }
  });

  it("refuses media's `_entities` and `media(id)` without the key: a private event's photos stay private", async () => {
    const token = await stack.issuer.sign(randomUUID(), 'COUPLE');
    const callers: Record<string, string>[] = [{}, { authorization: `Bearer ${token}` }, { [SUBGRAPH_SECRET_HEADER]: wrongKey }];
    for (const headers of callers) {
      for (const request of [
        photosOf(eventId, owner),
        { query: `query($id: ID!) { media(id: $id) { id sha1 } }`, variables: { id: photoId } },
      ]) {
        const { status, body } = await post(stack.subgraphs.media.url, request, headers);
        assert.equal(status, 403);
        assert.equal(body.data, undefined);
        assert.doesNotMatch(JSON.stringify(body), new RegExp(photoId));
      }
    }
  });

  it('gives an anonymous caller no event photos, even with the key and the right ids', async () => {
    const anonymous = (await (await stack.direct('media', photosOf(eventId, owner))).json()) as Body;
    assert.deepEqual(anonymous.data, { _entities: [{ photos: [] }] });
  });

  it("shows a message's attachments from the links media made itself, to its participants only, whoever a representation names as sender", async () => {
    const vendorId = await vendorOwnedBy(stack, randomUUID());
    const photo = await uploadAndProcess(stack, owner, fixture('jpg_Canon_40D.jpg'), 'salle.jpg');
    const started = await stack.query<{ startConversation: { conversation: { id: string } } }>(
      `mutation($input: StartConversationInput!) { startConversation(input: $input) { conversation { id } } }`,
      { input: { vendorId, message: 'Bonjour' } },
      ownerHeaders,
    );
    const sent = await stack.query<{ sendMessage: { message: { id: string } } }>(
      `mutation($input: SendMessageInput!) { sendMessage(input: $input) { message { id } } }`,
      { input: { conversationId: started.body.data!.startConversation.conversation.id, text: 'Notre idée', attachmentIds: [photo.id] } },
      ownerHeaders,
    );
    const messageId = sent.body.data!.sendMessage.message.id;
    await stack.drainJobs();
    const attachments = async (representation: Record<string, unknown>, headers: Record<string, string>) =>
      (
        (await (
          await stack.direct(
            'media',
            {
              query: `query($r: [_Any!]!) { _entities(representations: $r) { ... on Message { attachments { id } } } }`,
              variables: { r: [representation] },
            },
            headers,
          )
        ).json()) as { data: { _entities: { attachments: { id: string }[] }[] } }
      ).data._entities[0]!.attachments;
    // The sender is a participant: the photo, whatever sender the representation names.
    assert.deepEqual(await attachments({ __typename: 'Message', id: messageId }, ownerHeaders), [{ id: photo.id }]);
    assert.deepEqual(await attachments({ __typename: 'Message', id: messageId, sender: { id: randomUUID() } }, ownerHeaders), [
      { id: photo.id },
    ]);
    const stranger = await as(stack, randomUUID());
    assert.deepEqual(
      await attachments({ __typename: 'Message', id: messageId }, stranger),
      [],
      'never for someone outside the conversation',
    );
    assert.deepEqual(await attachments({ __typename: 'Message', id: messageId }, {}), [], 'never for an anonymous caller');
  });

  it('closes a graphql-ws connection without the key, or with a wrong one, with 4403 before any subscription', async () => {
    const token = await stack.issuer.sign(owner, 'COUPLE');
    const query = 'subscription($ids: [ID!]!) { mediaStatusChanged(ids: $ids) { id status } }';
    for (const connectionParams of [{}, { [SUBGRAPH_SECRET_PARAM]: wrongKey }]) {
      const { client, closed } = wsClient(stack.subgraphs.media.url, token, { connectionParams });
      try {
        const sub = subscribe(client, query, { ids: [photoId] });
        assert.equal((await closed).code, 4403);
        await assert.rejects(sub.next(2000));
      } finally {
        await client.dispose();
      }
    }
    const { client } = stack.directSubscriptions('media', token);
    try {
      const first = await subscribe(client, query, { ids: [photoId] }).next();
      assert.deepEqual(first.data, { mediaStatusChanged: { id: photoId, status: 'READY' } });
    } finally {
      await client.dispose();
    }
  });

  it('keeps health, readiness, metrics and the signing keys open to anyone', async () => {
    for (const name of names) {
      const origin = stack.subgraphs[name].url.replace(/\/graphql$/, '');
      for (const path of ['/healthz', '/readyz', '/metrics']) assert.equal((await fetch(origin + path)).status, 200, `${name} ${path}`);
    }
    const jwks = await fetch(stack.subgraphs.accounts.url.replace('/graphql', '/.well-known/jwks.json'));
    assert.equal(jwks.status, 200);
  });

  it('a gateway holding the wrong key gets nothing from the subgraphs, and says so with FORBIDDEN', async () => {
    const res = await fetch(gatewayWithWrongKey.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...ownerHeaders },
      body: JSON.stringify({ query: `query($id: ID!) { event(id: $id) { id } }`, variables: { id: eventId } }),
    });
    const body = (await res.json()) as Body;
    assert.equal(body.data?.event ?? null, null);
    assert.equal(body.errors?.[0]?.extensions?.code, 'FORBIDDEN');
  });
});

describe('production without SUBGRAPH_SECRET', () => {
  /** Runs a service entry point until it exits (or 15 s pass), collecting what it prints. */
  const run = (entry: string, env: NodeJS.ProcessEnv) =>
    new Promise<{ code: number | null; output: string }>((resolve) => {
      const child = spawn(process.execPath, [entry], { env: { ...env, LOG_LEVEL: 'info' } });
      let output = '';
      child.stdout.on('data', (d) => (output += d));
      child.stderr.on('data', (d) => (output += d));
      const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
      child.on('exit', (code) => {
        clearTimeout(timer);
        resolve({ code, output });
      });
    });
  const production = { NODE_ENV: 'production', SUBGRAPH_SECRET: '', MEDIA_REFERENCE_SECRET: randomBytes(32).toString('hex') };

  it('a subgraph refuses to start, naming it', async () => {
    const { code, output } = await run('subgraphs/vendor/src/main.ts', testEnv(production, [vendor.config]));
    assert.equal(code, 1);
    assert.match(output, /SUBGRAPH_SECRET: required in production/);
  });

  it('the gateway refuses to start, naming it', async () => {
    const { code, output } = await run('gateway/src/main.ts', testEnv(production, [gatewayConfig]));
    assert.equal(code, 1);
    assert.match(output, /SUBGRAPH_SECRET: required in production/);
  });
});

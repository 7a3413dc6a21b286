import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import { ApolloClient, InMemoryCache, gql } from '@apollo/client';
import { GraphQLWsLink } from '@apollo/client/link/subscriptions';
import { createClient as createSseClient } from 'graphql-sse';
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';
import { fixture, uploadAndProcess } from './support/media.ts';
import { as, signedUp, vendorOwnedBy } from './support/messaging.ts';
import { startStack, type Stack } from './support/stack.ts';
import { subscribe, wsClient, wsUrl } from './support/subscriptions.ts';

const messageAdded = `subscription Added($id: ID!) {
  messageAdded(conversationId: $id) { id text sender { id displayName } attachments { id variants { name url } } }
}`;

interface AddedMessage {
  id: string;
  text: string;
  sender: { id: string; displayName: string };
  attachments: { id: string; variants: { name: string; url: string }[] }[] | null;
}

describe('messaging subscriptions through the gateway', () => {
  let stack: Stack;
  let owner: string;
  let conversationId: string;
  const h: Record<string, Record<string, string>> = {};

  before(async () => {
    // No reading window: the couple, who read the conversation in a test before, is notified of every message.
    stack = await startStack({ MESSAGE_NOTIFY_AFTER_READ_S: '0' }, { workers: true });
    ({ headers: h.couple } = await signedUp(stack, 'COUPLE', 'Amina & Karim'));
    ({ id: owner, headers: h.owner } = await signedUp(stack, 'VENDOR', 'Salle Yasmine'));
    h.stranger = await as(stack, randomUUID());
    const vendorId = await vendorOwnedBy(stack, owner);
    const { body } = await stack.query<{ startConversation: { conversation: { id: string } } }>(
      `mutation($input: StartConversationInput!) { startConversation(input: $input) { conversation { id } } }`,
      { input: { vendorId, message: 'Salam, la salle est-elle libre le 12 juillet ?' } },
      h.couple,
    );
    conversationId = body.data!.startConversation.conversation.id;
    await stack.drainJobs();
  });
  after(() => stack.stop());

  const token = (who: string) => h[who]!.authorization!.replace('Bearer ', '');
  async function send(who: string, text: string, attachmentIds: string[] = []): Promise<string> {
    const { body } = await stack.query<{ sendMessage: { message: { id: string } } }>(
      `mutation($input: SendMessageInput!) { sendMessage(input: $input) { message { id } } }`,
      { input: { conversationId, text, attachmentIds } },
      h[who],
    );
    if (!body.data) throw new Error(JSON.stringify(body.errors));
    return body.data.sendMessage.message.id;
  }

  it("a vendor's message with a photo reaches the couple's messageAdded with the sender's name and the photo's variants (graphql-ws)", async () => {
    const photo = await uploadAndProcess(stack, owner, fixture('jpg_Canon_40D.jpg'), 'salle.jpg');
    assert.equal(photo.status, 'READY');
    const { client } = wsClient(stack.gateway.url, token('couple'));
    try {
      const sub = subscribe(client, messageAdded, { id: conversationId });
      // Subscribed once the gateway and the subgraph have it: a message sent before then is not owed to it.
      await new Promise((r) => setTimeout(r, 300));
      const sentId = await send('owner', 'Oui, elle est libre. Voici la salle décorée.', [photo.id]);
      const result = await sub.next(30_000);
      assert.equal(result.errors, undefined, JSON.stringify(result.errors));
      const message = result.data!.messageAdded as AddedMessage;
      assert.equal(message.id, sentId);
      assert.equal(message.text, 'Oui, elle est libre. Voici la salle décorée.');
      assert.deepEqual(message.sender, { id: owner, displayName: 'Salle Yasmine' }, 'from accounts');
      assert.deepEqual(
        message.attachments?.map((a) => a.id),
        [photo.id],
        'from media, once linked',
      );
      assert.ok(
        message.attachments![0]!.variants.some(
          (v) => v.name === 'original' && v.url.startsWith(`/media/${photo.id}`) && v.url.includes('expires='),
        ),
        "the photo comes with its variants, behind signed URLs: a message's photo is private",
      );
    } finally {
      await client.dispose();
    }
  });

  it("Apollo Client's GraphQLWsLink receives the vendor's message", async () => {
    const ws = createClient({
      url: wsUrl(stack.gateway.url),
      webSocketImpl: WebSocket,
      connectionParams: { authorization: `Bearer ${token('couple')}` },
    });
    const apollo = new ApolloClient({ link: new GraphQLWsLink(ws), cache: new InMemoryCache() });
    try {
      let sentId = '';
      const received = new Promise<AddedMessage>((resolve, reject) => {
        const sub = apollo
          .subscribe<{ messageAdded: AddedMessage }>({ query: gql(messageAdded), variables: { id: conversationId } })
          .subscribe({
            next: (result) => {
              if (result.error) return reject(result.error);
              sub.unsubscribe();
              resolve(result.data!.messageAdded);
            },
            error: reject,
          });
      });
      await new Promise((r) => setTimeout(r, 300));
      sentId = await send('owner', 'Nous vous attendons samedi pour la visite.');
      const message = await received;
      assert.equal(message.id, sentId);
      assert.equal(message.sender.displayName, 'Salle Yasmine');
      assert.deepEqual(message.attachments, []);
    } finally {
      apollo.stop();
      await ws.dispose();
    }
  });

  it("refuses a stranger's messageAdded on the conversation, at the gateway and at the subgraph", async () => {
    // The subgraph knows only its own fields.
    const own = 'subscription Added($id: ID!) { messageAdded(conversationId: $id) { id text } }';
    for (const [via, query] of [
      ['gateway', messageAdded],
      ['messaging', own],
    ] as const) {
      const { client } =
        via === 'gateway' ? wsClient(stack.gateway.url, token('stranger')) : stack.directSubscriptions(via, token('stranger'));
      try {
        const sub = subscribe(client, query, { id: conversationId });
        const result = await sub.next();
        assert.equal(result.errors?.[0]?.extensions?.code, 'NOT_FOUND', via);
        assert.equal(result.data ?? null, null);
        assert.equal(await sub.end(), null);
      } finally {
        await client.dispose();
      }
    }
  });

  it('conversationUpdated tells the couple of a new message and of their own read receipt, with the unread count', async () => {
    const { client } = wsClient(stack.gateway.url, token('couple'));
    const query = 'subscription { conversationUpdated { id unreadCount lastMessage { text } } }';
    try {
      const sub = subscribe(client, query);
      await new Promise((r) => setTimeout(r, 300));
      await send('owner', 'Le devis suit.');
      const updated = (await sub.next(30_000)).data!.conversationUpdated as {
        id: string;
        unreadCount: number;
        lastMessage: { text: string };
      };
      assert.equal(updated.id, conversationId);
      assert.equal(updated.lastMessage.text, 'Le devis suit.');
      assert.ok(updated.unreadCount > 0, 'the vendor’s messages are unread');
      const { body } = await stack.query(
        `mutation($input: MarkConversationReadInput!) { markConversationRead(input: $input) { conversation { id } } }`,
        { input: { conversationId } },
        h.couple,
      );
      assert.equal(body.errors, undefined);
      const read = (await sub.next(30_000)).data!.conversationUpdated as { id: string; unreadCount: number };
      assert.deepEqual(read, { ...read, id: conversationId, unreadCount: 0 });
    } finally {
      await client.dispose();
    }
  });

  it('an SSE client (graphql-sse) receives notificationAdded for its own user only', async () => {
    const sse = (who: string) =>
      createSseClient({ url: stack.gateway.url, headers: { authorization: `Bearer ${token(who)}` }, retryAttempts: 0 });
    const coupleSse = sse('couple');
    const strangerSse = sse('stranger');
    const query = 'subscription { notificationAdded { id kind title body link } }';
    const strangerHeard: unknown[] = [];
    const disposeStranger = strangerSse.subscribe({ query }, { next: (r) => strangerHeard.push(r), error: () => {}, complete: () => {} });
    try {
      let dispose = () => {};
      const first = new Promise<{ kind: string; body: string; link: string }>((resolve, reject) => {
        dispose = coupleSse.subscribe<{ notificationAdded: { kind: string; body: string; link: string } }>(
          { query },
          {
            next: (r) => (r.errors ? reject(new Error(JSON.stringify(r.errors))) : resolve(r.data!.notificationAdded)),
            error: reject,
            complete: () => {},
          },
        );
      });
      await new Promise((r) => setTimeout(r, 300));
      await send('owner', 'Votre devis est prêt.');
      const notification = await first;
      dispose();
      assert.equal(notification.kind, 'MESSAGE_RECEIVED');
      assert.equal(notification.body, 'Votre devis est prêt.');
      assert.equal(notification.link, `/conversations/${conversationId}`);
      await stack.drainJobs();
      assert.deepEqual(strangerHeard, [], 'nobody else hears of it');
    } finally {
      disposeStranger();
      coupleSse.dispose();
      strangerSse.dispose();
    }
  });
});

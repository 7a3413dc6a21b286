import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import { fixture, uploadAndProcess } from './support/media.ts';
import { as, messageFields, signedUp, vendorOwnedBy } from './support/messaging.ts';
import { startStack, type Stack } from './support/stack.ts';

const fieldError = (body: { errors?: { extensions?: Record<string, unknown> }[] }) => [
  body.errors?.[0]?.extensions?.code,
  body.errors?.[0]?.extensions?.field,
];

interface MessageView {
  id: string;
  text: string;
  clientMessageId: string | null;
  readByOthers: boolean;
  sender: { id: string };
  attachments: { id: string }[] | null;
}

describe('conversations and messages through the gateway', () => {
  let stack: Stack;
  let couple: string;
  let owner: string;
  const stranger = randomUUID();
  let vendorId: string;
  let conversationId: string;
  const h: Record<string, Record<string, string>> = {};

  before(async () => {
    stack = await startStack({}, { workers: true });
    ({ id: couple, headers: h.couple } = await signedUp(stack, 'COUPLE', 'Amina & Karim'));
    ({ id: owner, headers: h.owner } = await signedUp(stack, 'VENDOR', 'Salle Yasmine'));
    h.stranger = await as(stack, stranger);
    h.staff = await as(stack, randomUUID(), 'STAFF');
    vendorId = await vendorOwnedBy(stack, owner);
  });

  after(() => stack.stop());

  async function ok<T>(query: string, variables: Record<string, unknown>, headers: Record<string, string>): Promise<T> {
    const { body } = await stack.query<T>(query, variables, headers);
    if (!body.data || body.errors) throw new Error(JSON.stringify(body.errors));
    return body.data;
  }
  const send = (input: Record<string, unknown>, headers: Record<string, string>) =>
    stack.query<{ sendMessage: { message: MessageView } }>(
      `mutation($input: SendMessageInput!) { sendMessage(input: $input) { message { ${messageFields} } } }`,
      { input },
      headers,
    );
  const sent = async (input: Record<string, unknown>, headers: Record<string, string>) => {
    const { body } = await send(input, headers);
    if (!body.data) throw new Error(JSON.stringify(body.errors));
    return body.data.sendMessage.message;
  };
  const view = (headers: Record<string, string>, last = 10, before: string | null = null) =>
    ok<{
      conversation: {
        unreadCount: number;
        lastMessage: { text: string };
        vendor: { id: string; name: string };
        messages: { edges: { node: MessageView }[]; pageInfo: { hasPreviousPage: boolean; startCursor: string | null } };
      } | null;
    }>(
      `query($id: ID!, $last: Int, $before: String) { conversation(id: $id) {
         unreadCount lastMessage { text } vendor { id name }
         messages(last: $last, before: $before) { edges { node { ${messageFields} } } pageInfo { hasPreviousPage startCursor } } } }`,
      { id: conversationId, last, before },
      headers,
    );
  const unread = async (headers: Record<string, string>) =>
    (
      await ok<{ me: { unreadMessages: number; unreadNotifications: number } }>(
        `{ me { unreadMessages unreadNotifications } }`,
        {},
        headers,
      )
    ).me;

  it('lives a whole conversation: start, attachment, unread counts on both sides, read receipts, paging backwards', async () => {
    const photo = await uploadAndProcess(stack, couple, fixture('jpg_Canon_40D.jpg'), 'salle.jpg');
    const started = await ok<{
      startConversation: { conversation: { id: string; lastMessage: { text: string } | null }; message: { text: string } };
    }>(
      `mutation($input: StartConversationInput!) { startConversation(input: $input) { conversation { id lastMessage { text } } message { text } } }`,
      { input: { vendorId, message: 'Bonjour, la salle est-elle libre le 12 juin ?' } },
      h.couple!,
    );
    conversationId = started.startConversation.conversation.id;
    assert.equal(started.startConversation.conversation.lastMessage?.text, started.startConversation.message.text, 'the payload too');
    assert.equal(
      (await view(h.owner!)).conversation?.lastMessage.text,
      'Bonjour, la salle est-elle libre le 12 juin ?',
      'a new conversation shows its first message',
    );
    const withPhoto = await sent(
      { conversationId, text: 'Voici notre idée', attachmentIds: [photo.id], clientMessageId: 'c-1' },
      h.couple!,
    );
    assert.equal(withPhoto.readByOthers, false);
    await stack.drainJobs();

    assert.equal((await view(h.owner!)).conversation?.unreadCount, 2, 'the vendor has two unread messages');
    assert.equal((await view(h.couple!)).conversation?.unreadCount, 0, 'one’s own messages are never unread');
    assert.deepEqual(await unread(h.owner!), { unreadMessages: 2, unreadNotifications: 2 });
    const mine = (await view(h.couple!)).conversation!.messages.edges.map((e) => e.node);
    assert.deepEqual(
      mine.at(-1)?.attachments?.map((a) => a.id),
      [photo.id],
      'the photo is attached to the message',
    );
    assert.equal((await view(h.couple!)).conversation?.vendor.name, 'Salle Yasmine');

    await ok(
      `mutation($input: MarkConversationReadInput!) { markConversationRead(input: $input) { conversation { id } } }`,
      { input: { conversationId } },
      h.owner!,
    );
    assert.equal((await view(h.owner!)).conversation?.unreadCount, 0);
    assert.ok(
      (await view(h.couple!)).conversation!.messages.edges.every((e) => e.node.readByOthers),
      'the couple sees both messages read',
    );

    for (let i = 1; i <= 23; i++) await sent({ conversationId, text: `Réponse ${i}` }, h.owner!);
    assert.equal((await view(h.couple!)).conversation?.unreadCount, 23);
    assert.equal((await unread(h.couple!)).unreadMessages, 23);
    assert.equal((await view(h.couple!)).conversation?.lastMessage.text, 'Réponse 23');

    // A chat screen scrolling up: pages of 10, newest at the end, until the first message.
    const texts: string[] = [];
    let before: string | null = null;
    let pages = 0;
    for (;;) {
      const page: { edges: { node: MessageView }[]; pageInfo: { hasPreviousPage: boolean; startCursor: string | null } } = (
        await view(h.couple!, 10, before)
      ).conversation!.messages;
      texts.unshift(...page.edges.map((e) => e.node.text));
      pages++;
      if (!page.pageInfo.hasPreviousPage) break;
      before = page.pageInfo.startCursor;
    }
    assert.equal(pages, 3);
    assert.deepEqual(texts, [
      'Bonjour, la salle est-elle libre le 12 juin ?',
      'Voici notre idée',
      ...Array.from({ length: 23 }, (_, i) => `Réponse ${i + 1}`),
    ]);

    const list = await ok<{ conversations: { edges: { node: { id: string; unreadCount: number; lastMessage: { text: string } } }[] } }>(
      `{ conversations { edges { node { id unreadCount lastMessage { text } } } } }`,
      {},
      h.owner!,
    );
    assert.deepEqual(
      list.conversations.edges.map((e) => e.node),
      [{ id: conversationId, unreadCount: 0, lastMessage: { text: 'Réponse 23' } }],
    );
  });

  it('stores a retried send once', async () => {
    const key = randomUUID();
    const input = { conversationId, text: 'Nous serons 300 invités', clientMessageId: key };
    const results = await Promise.all([sent(input, h.couple!), sent(input, h.couple!), sent(input, h.couple!)]);
    assert.equal(new Set(results.map((m) => m.id)).size, 1, 'every retry answers the same message');
    const again = await sent(input, h.couple!);
    assert.equal(again.id, results[0]!.id);
    const texts = (await view(h.owner!, 100)).conversation!.messages.edges.filter((e) => e.node.text === input.text);
    assert.equal(texts.length, 1);
  });

  it('refuses a stranger everywhere, as if the conversation did not exist', async () => {
    assert.equal((await view(h.stranger!)).conversation, null);
    assert.equal((await view(h.staff!)).conversation, null, 'staff do not read private conversations');
    const list = await ok<{ conversations: { edges: unknown[] } }>(`{ conversations { edges { cursor } } }`, {}, h.stranger!);
    assert.deepEqual(list.conversations.edges, []);
    const { body } = await send({ conversationId, text: 'Intrus' }, h.stranger!);
    assert.equal(body.errors?.[0]?.extensions?.code, 'NOT_FOUND');
    const read = await stack.query(
      `mutation($input: MarkConversationReadInput!) { markConversationRead(input: $input) { conversation { id } } }`,
      { input: { conversationId } },
      h.stranger!,
    );
    assert.equal(read.body.errors?.[0]?.extensions?.code, 'NOT_FOUND');
    const anonymous = await stack.query(`query($id: ID!) { conversation(id: $id) { id } }`, { id: conversationId });
    assert.equal(anonymous.body.errors?.[0]?.extensions?.code, 'UNAUTHENTICATED');

    // Straight to the messaging subgraph, past the gateway: the entity answers no one else either.
    const direct = await stack.direct(
      'messaging',
      {
        query: `query($r: [_Any!]!) { _entities(representations: $r) { ... on Conversation { id unreadCount } } }`,
        variables: { r: [{ __typename: 'Conversation', id: conversationId }] },
      },
      h.stranger!,
    );
    assert.deepEqual(((await direct.json()) as { data: unknown }).data, { _entities: [null] });

    const owner2 = randomUUID();
    const other = await vendorOwnedBy(stack, owner2, 'Palais Nour');
    const start = await stack.query(
      `mutation($input: StartConversationInput!) { startConversation(input: $input) { conversation { id } } }`,
      { input: { vendorId: other, message: 'Bonjour' } },
      await as(stack, owner, 'VENDOR'),
    );
    assert.equal(start.body.errors?.[0]?.extensions?.code, 'FORBIDDEN', 'only couples open conversations');
  });

  it('attaches only the sender’s own uploads', async () => {
    const theirs = await uploadAndProcess(stack, stranger, fixture('jpg_Canon_40D.jpg'), 'autre.jpg');
    const message = await sent({ conversationId, text: 'Une photo', attachmentIds: [theirs.id] }, h.couple!);
    await stack.drainJobs();
    const found = (await view(h.owner!, 1)).conversation!.messages.edges[0]!.node;
    assert.equal(found.id, message.id);
    assert.deepEqual(found.attachments, []);
  });

  it('names the bad field of a message', async () => {
    const long = await send({ conversationId, text: 'x'.repeat(4001) }, h.couple!);
    assert.deepEqual(fieldError(long.body), ['BAD_USER_INPUT', 'text']);
    const many = await send({ conversationId, text: 'photos', attachmentIds: Array.from({ length: 11 }, () => randomUUID()) }, h.couple!);
    assert.deepEqual(fieldError(many.body), ['BAD_USER_INPUT', 'attachmentIds']);
    const empty = await send({ conversationId, text: '   ' }, h.couple!);
    assert.deepEqual(fieldError(empty.body), ['BAD_USER_INPUT', 'text']);
  });
});

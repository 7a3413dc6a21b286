import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { loadGatewayConfig, startGateway, type RunningGateway } from '@zaffa/gateway';
import { media } from '@zaffa/media';
import { messaging } from '@zaffa/messaging';
import { runSubgraph, type RunningService } from '@zaffa/shared';
import { fixture } from './support/media.ts';
import { signedUp, vendorOwnedBy } from './support/messaging.ts';
import { startStack, type Stack } from './support/stack.ts';
import { subscribe, wsClient } from './support/subscriptions.ts';

const couple = '00000000-0000-4000-8000-00000000e001';
const statusQuery = 'subscription Status($ids: [ID!]!) { mediaStatusChanged(ids: $ids) { id status } }';
const uploadMutation = 'mutation Upload($input: UploadMediaInput!) { uploadMedia(input: $input) { media { id status } } }';

type Status = { id: string; status: string };

describe('subscriptions across instances', () => {
  let stack: Stack;
  let secondMedia: RunningService;
  let secondMessaging: RunningService;
  let secondGateway: RunningGateway;

  before(async () => {
    stack = await startStack();
    // A second media instance on the same database, behind a second gateway: another deployment replica.
    secondMedia = await runSubgraph(media, { ...stack.env, MEDIA_PORT: '0' });
    secondMessaging = await runSubgraph(messaging, { ...stack.env, MESSAGING_PORT: '0' });
    const { accounts, vendor, event } = stack.subgraphs;
    secondGateway = await startGateway(
      loadGatewayConfig({
        ...stack.env,
        ACCOUNTS_URL: accounts.url,
        VENDOR_URL: vendor.url,
        EVENT_URL: event.url,
        MEDIA_URL: secondMedia.url,
        MESSAGING_URL: secondMessaging.url,
      }),
    );
  });
  after(async () => {
    await secondGateway.stop();
    await secondMedia.close();
    await secondMessaging.close();
    await stack.stop();
  });

  it('a subscriber on one gateway hears of an upload made through the other gateway and media instance', async () => {
    const token = await stack.issuer.sign(couple, 'COUPLE');
    const res = await fetch(secondGateway.url, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'apollo-require-preflight': 'true' },
      body: (() => {
        const form = new FormData();
        form.append('operations', JSON.stringify({ query: uploadMutation, variables: { input: { file: null } } }));
        form.append('map', JSON.stringify({ 0: ['variables.input.file'] }));
        form.append('0', new Blob([fixture('jpg_Canon_40D.jpg')], { type: 'image/jpeg' }), 'hall.jpg');
        return form;
      })(),
    });
    const id = ((await res.json()) as { data: { uploadMedia: { media: Status } } }).data.uploadMedia.media.id;
    const first = wsClient(stack.gateway.url, token);
    const second = wsClient(secondGateway.url, token);
    try {
      const subs = [subscribe(first.client, statusQuery, { ids: [id] }), subscribe(second.client, statusQuery, { ids: [id] })];
      for (const sub of subs) assert.equal(((await sub.next()).data!.mediaStatusChanged as Status).status, 'PENDING');
      await stack.startWorkers();
      for (const sub of subs) assert.equal(((await sub.next(60_000)).data!.mediaStatusChanged as Status).status, 'READY');
    } finally {
      await stack.stopWorkers();
      await first.client.dispose();
      await second.client.dispose();
    }
  });

  it('a subscriber on one gateway and messaging instance gets a message sent through the other', async () => {
    await stack.startWorkers();
    let conversationId: string;
    let owner: { id: string; headers: Record<string, string> };
    let coupleToken: string;
    try {
      const couple = await signedUp(stack, 'COUPLE', 'Amina & Karim');
      coupleToken = couple.headers.authorization!.replace('Bearer ', '');
      owner = await signedUp(stack, 'VENDOR', 'Salle Yasmine');
      const vendorId = await vendorOwnedBy(stack, owner.id);
      const { body } = await stack.query<{ startConversation: { conversation: { id: string } } }>(
        `mutation($input: StartConversationInput!) { startConversation(input: $input) { conversation { id } } }`,
        { input: { vendorId, message: 'Salam' } },
        couple.headers,
      );
      conversationId = body.data!.startConversation.conversation.id;
      await stack.drainJobs();
    } finally {
      await stack.stopWorkers();
    }
    const { client } = wsClient(stack.gateway.url, coupleToken);
    try {
      const sub = subscribe(client, 'subscription($id: ID!) { messageAdded(conversationId: $id) { text sender { displayName } } }', {
        id: conversationId,
      });
      await new Promise((r) => setTimeout(r, 300));
      const res = await fetch(secondGateway.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...owner.headers },
        body: JSON.stringify({
          query: 'mutation($input: SendMessageInput!) { sendMessage(input: $input) { message { id } } }',
          variables: { input: { conversationId, text: 'Bienvenue, la salle est libre.' } },
        }),
      });
      assert.equal(((await res.json()) as { errors?: unknown }).errors, undefined);
      assert.deepEqual((await sub.next()).data!.messageAdded, {
        text: 'Bienvenue, la salle est libre.',
        sender: { displayName: 'Salle Yasmine' },
      });
    } finally {
      await client.dispose();
    }
  });

  it('a stopping gateway tells its sockets to reconnect with 1012', async () => {
    const { accounts, vendor, event } = stack.subgraphs;
    const leaving = await startGateway(
      loadGatewayConfig({
        ...stack.env,
        ACCOUNTS_URL: accounts.url,
        VENDOR_URL: vendor.url,
        EVENT_URL: event.url,
        MEDIA_URL: secondMedia.url,
      }),
    );
    const { client, closed } = wsClient(leaving.url, await stack.issuer.sign(couple, 'COUPLE'));
    const sub = subscribe(client, statusQuery, { ids: ['00000000-0000-4000-8000-000000000000'] });
    await sub.next();
    await leaving.stop();
    assert.equal((await closed).code, 1012);
    await client.dispose();
  });
});

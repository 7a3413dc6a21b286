import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { fixture, uploadAs } from './support/media.ts';
import { startStack, type Stack } from './support/stack.ts';
import { subscribe, wsClient } from './support/subscriptions.ts';

const couple = '00000000-0000-4000-8000-00000000f001';
const statusQuery = 'subscription Status($ids: [ID!]!) { mediaStatusChanged(ids: $ids) { id status } }';

type Status = { id: string; status: string };

describe('a subgraph that goes away mid-subscription', () => {
  let stack: Stack;

  before(async () => {
    stack = await startStack();
  });
  after(() => stack.stop());

  it('gives the client a SERVICE_UNAVAILABLE error, keeps the socket, and resumes when the subgraph returns', async () => {
    const { body } = await uploadAs(stack, couple, fixture('jpg_Canon_40D.jpg'), 'hall.jpg');
    const id = body.data!.uploadMedia.media.id;
    const { client } = wsClient(stack.gateway.url, await stack.issuer.sign(couple, 'COUPLE'));
    let closedCode: number | undefined;
    client.on('closed', (e) => (closedCode = (e as { code: number }).code));
    try {
      const sub = subscribe(client, statusQuery, { ids: [id] });
      assert.equal(((await sub.next()).data!.mediaStatusChanged as Status).status, 'PENDING');

      await stack.kill('media');
      const outage = await sub.next();
      assert.equal(outage.errors?.[0]?.extensions?.code, 'SERVICE_UNAVAILABLE');
      assert.equal(outage.errors?.[0]?.extensions?.resuming, true);

      await stack.revive('media');
      // Subscribed again at the subgraph, which first sends the current state.
      assert.equal(((await sub.next(30_000)).data!.mediaStatusChanged as Status).status, 'PENDING');
      await stack.startWorkers();
      assert.equal(((await sub.next(60_000)).data!.mediaStatusChanged as Status).status, 'READY');
      assert.equal(closedCode, undefined, 'the client socket stayed open');
    } finally {
      await stack.stopWorkers();
      await client.dispose();
    }
  });
});

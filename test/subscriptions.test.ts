import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { fixture, uploadAs } from './support/media.ts';
import { startStack, type Stack } from './support/stack.ts';
import { subscribe, wsClient } from './support/subscriptions.ts';

const couple = '00000000-0000-4000-8000-00000000d001';
const stranger = '00000000-0000-4000-8000-00000000d002';
const statusQuery = 'subscription Status($ids: [ID!]!) { mediaStatusChanged(ids: $ids) { id status url variants { name url } } }';

describe('subscriptions through the gateway', () => {
  let stack: Stack;

  before(async () => {
    stack = await startStack({}, { workers: false });
  });
  after(() => stack.stop());

  it("an upload's mediaStatusChanged goes PENDING → READY", async () => {
    const { body } = await uploadAs(stack, couple, fixture('jpg_Canon_40D.jpg'), 'hall.jpg');
    const media = body.data!.uploadMedia.media;
    const { client } = wsClient(stack.gateway.url, await stack.issuer.sign(couple, 'COUPLE'));
    try {
      const sub = subscribe(client, statusQuery, { ids: [media.id] });
      const first = await sub.next();
      assert.deepEqual(first.errors, undefined);
      assert.equal((first.data!.mediaStatusChanged as { status: string }).status, 'PENDING');
      await stack.startWorkers();
      const second = await sub.next(60_000);
      const ready = second.data!.mediaStatusChanged as { status: string; variants: { name: string }[] };
      assert.equal(ready.status, 'READY');
      assert.ok(ready.variants.some((v) => v.name === 'original'));
    } finally {
      await client.dispose();
    }
  });

  it("refuses a stranger's subscription to someone else's upload", async () => {
    const { body } = await uploadAs(stack, couple, fixture('jpg_Canon_40D.jpg'), 'hall.jpg');
    const media = body.data!.uploadMedia.media;
    const { client } = wsClient(stack.gateway.url, await stack.issuer.sign(stranger, 'COUPLE'));
    try {
      const sub = subscribe(client, statusQuery, { ids: [media.id] });
      const result = await sub.next();
      assert.equal(result.errors?.[0]?.extensions?.code, 'NOT_FOUND');
      assert.equal(await sub.end(), null);
    } finally {
      await client.dispose();
    }
  });
});

import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { after, before, describe, it } from 'node:test';
import { seedCoupleId } from '@zaffa/event';
import { seedVendorId } from '@zaffa/vendor';
import { as } from './support/messaging.ts';
import { startStack, type Stack } from './support/stack.ts';

type Vendor = { name: string; owner: { displayName: string } | null; rating: number | null; reviewCount: number | null };

describe('npm run seed', () => {
  let stack: Stack;
  before(async () => {
    stack = await startStack({}, { workers: true });
  });
  after(() => stack.stop());

  it("fills every subgraph's own database so one query crosses all of them, ratings agreeing", async () => {
    const code = await new Promise<number | null>((resolve) => {
      const child = spawn(process.execPath, ['scripts/seed.ts', '--vendors', '40', '--communes', '10'], {
        env: stack.env,
        stdio: 'ignore',
      });
      child.on('exit', resolve);
    });
    assert.equal(code, 0);
    const { body } = await stack.query<{ vendors: { totalCount: number; edges: { node: Vendor & { id: string } }[] } }>(
      '{ vendors(first: 50) { totalCount edges { node { id name owner { displayName } rating reviewCount } } } }',
    );
    assert.equal(body.errors, undefined);
    const nodes = body.data!.vendors.edges.map((e) => e.node);
    assert.ok(nodes.length > 20);
    for (const node of nodes) assert.match(node.owner?.displayName ?? '', /^Prestataire \d+$/);

    // The event subgraph's figures are what the reviews say; the vendor subgraph's copy (used to filter) agrees.
    const id = seedVendorId(1);
    const [{ avg, count }] = await stack.subgraphs.event.deps.db.query(
      `SELECT round(avg(rating), 2)::float8 AS avg, count(*)::int AS count FROM reviews WHERE vendor_id = $1`,
      [id],
    );
    const [copy] = await stack.subgraphs.vendor.deps.db.query(`SELECT rating, review_count FROM vendors WHERE id = $1`, [id]);
    assert.ok(count > 0);
    assert.equal(copy.review_count, count);
    assert.equal(Math.round(copy.rating * 100) / 100, avg);

    // The old platform's reviews are marked imported; a few weddings show a booking in every state.
    const [{ imported }] = await stack.subgraphs.event.deps.db.query(`SELECT bool_and(imported) AS imported FROM reviews`);
    assert.equal(imported, true);
    const states: { state: string }[] = await stack.subgraphs.event.deps.db.query(`SELECT DISTINCT state FROM bookings ORDER BY state`);
    assert.deepEqual(
      states.map((s) => s.state),
      [
        'CANCELLED_BY_COUPLE',
        'CANCELLED_BY_VENDOR',
        'COMPLETED',
        'CONFIRMED',
        'COUNTER_OFFER',
        'DECLINED',
        'EXPIRED',
        'HELD',
        'INQUIRY',
        'QUOTED',
      ],
    );
    const [{ claims }] = await stack.subgraphs.event.deps.db.query(`SELECT count(*)::int AS claims FROM slot_claims`);
    assert.equal(claims, 12, 'held, confirmed and completed bookings take their date');
  });

  it('lets a couple start a conversation with a seeded vendor, which its owner then sees', async () => {
    // The seed announced its vendors through the vendor outbox; messaging learns their owners from the queued events.
    await stack.drainJobs();
    const { body } = await stack.query<{ vendors: { edges: { node: { id: string; owner: { id: string } } }[] } }>(
      '{ vendors(first: 1, sort: RATING) { edges { node { id owner { id } } } } }',
    );
    const vendor = body.data!.vendors.edges[0]!.node;
    const started = await stack.query<{ startConversation: { conversation: { id: string } } }>(
      `mutation($input: StartConversationInput!) { startConversation(input: $input) { conversation { id } } }`,
      { input: { vendorId: vendor.id, message: 'Bonjour, êtes-vous libres le 12 juin ?' } },
      await as(stack, seedCoupleId(0), 'COUPLE'),
    );
    assert.equal(started.body.errors, undefined, JSON.stringify(started.body.errors));
    const conversationId = started.body.data!.startConversation.conversation.id;

    const inbox = await stack.query<{ conversations: { edges: { node: { id: string; lastMessage: { text: string } | null } }[] } }>(
      '{ conversations(first: 50) { edges { node { id lastMessage { text } } } } }',
      {},
      await as(stack, vendor.owner.id, 'VENDOR'),
    );
    assert.equal(inbox.body.errors, undefined, JSON.stringify(inbox.body.errors));
    const mine = inbox.body.data!.conversations.edges.find((e) => e.node.id === conversationId);
    assert.equal(mine?.node.lastMessage?.text, 'Bonjour, êtes-vous libres le 12 juin ?', JSON.stringify(inbox.body.data));
  });
});

import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { SEARCH_TABLE, searchGeneration } from '@zaffa/vendor';
import { signedUp, vendorOwnedBy } from './support/messaging.ts';
import { allPages, names, search, searchError } from './support/search.ts';
import { startStack, type Stack } from './support/stack.ts';

/** Searches on how vendors answer; the same in both search modes. */
const searches: Record<string, unknown>[] = [
  { filter: { respondsWithinHours: 24 } },
  { filter: { respondsWithinHours: 48 }, sort: 'RESPONSE_TIME' },
  { filter: { minReplyRate: 0.5 }, sort: 'RESPONSE_TIME' },
  { sort: 'RESPONSE_TIME' },
];

describe('vendor search on how quickly vendors answer couples', () => {
  let stack: Stack;
  const couples: Record<string, string>[] = [];
  const owners: Record<string, Record<string, string>> = {};
  const vendors: Record<string, string> = {};
  let recomputed = 0;

  before(async () => {
    stack = await startStack({}, { workers: true });
    for (const name of ['Amina & Karim', 'Lina & Yacine']) couples.push((await signedUp(stack, 'COUPLE', name)).headers);
    for (const name of ['Salle Rapide', 'Salle Lente', 'Salle Muette', 'Salle Nouvelle']) {
      const owner = await signedUp(stack, 'VENDOR', name);
      owners[name] = owner.headers;
      vendors[name] = await vendorOwnedBy(stack, owner.id, name);
    }
  });
  after(() => stack.stop());

  async function ok<T>(query: string, variables: Record<string, unknown>, headers: Record<string, string>): Promise<T> {
    const { body } = await stack.query<T>(query, variables, headers);
    if (!body.data || body.errors) throw new Error(JSON.stringify(body.errors));
    return body.data;
  }

  /** A couple writes to the vendor; its owner answers when `repliesAfterHours` is given, that long after. */
  async function conversation(vendor: string, repliesAfterHours: number | null, couple = couples[0]!): Promise<void> {
    const started = await ok<{ startConversation: { conversation: { id: string } } }>(
      `mutation($input: StartConversationInput!) { startConversation(input: $input) { conversation { id } } }`,
      { input: { vendorId: vendors[vendor], message: 'Bonjour, êtes-vous libre le 12 juin ?' } },
      couple,
    );
    const conversationId = started.startConversation.conversation.id;
    if (repliesAfterHours === null) return;
    // The couple's message is dated back, as if the owner had taken that long to answer it.
    await stack.subgraphs.messaging.deps.db.query(
      `UPDATE messages SET created_at = created_at - make_interval(hours => $2) WHERE conversation_id = $1`,
      [conversationId, repliesAfterHours],
    );
    await ok(
      `mutation($input: SendMessageInput!) { sendMessage(input: $input) { message { id } } }`,
      { input: { conversationId, text: 'Oui, nous sommes libres.' } },
      owners[vendor]!,
    );
  }

  /** Runs the response figures job now rather than on its schedule, and waits for search to have the figures. */
  async function recompute(): Promise<void> {
    await stack.drainJobs();
    await stack.subgraphs.messaging.deps.jobs.enqueue('messaging', 'computeResponseStats', {}, { jobId: `stats-${++recomputed}` });
    await stack.drainJobs();
  }

  it('finds the vendor that answers within a day with the filter, and orders the quickest first', async () => {
    await conversation('Salle Rapide', 0);
    await conversation('Salle Lente', 30);
    await conversation('Salle Muette', null);
    await recompute();

    const { vendor } = await ok<{ vendor: { responseStats: { medianReplySeconds: number; replyRate: number } } }>(
      `query($id: ID!) { vendor(id: $id) { responseStats { medianReplySeconds replyRate } } }`,
      { id: vendors['Salle Lente'] },
      couples[0]!,
    );
    assert.ok(Math.abs(vendor.responseStats.medianReplySeconds - 30 * 3600) < 60, JSON.stringify(vendor));
    assert.equal(vendor.responseStats.replyRate, 1);

    const quick = await search(stack, { filter: { respondsWithinHours: 24 } });
    assert.equal(quick.searchMode, 'INDEX');
    assert.deepEqual(
      quick.edges.map((e) => e.node.name),
      ['Salle Rapide'],
    );
    assert.deepEqual(await names(stack, { filter: { respondsWithinHours: 48 }, sort: 'RESPONSE_TIME' }), ['Salle Rapide', 'Salle Lente']);
    assert.deepEqual(await names(stack, { filter: { minReplyRate: 0.5 }, sort: 'RESPONSE_TIME' }), ['Salle Rapide', 'Salle Lente']);

    const all = await names(stack, { sort: 'RESPONSE_TIME' });
    assert.deepEqual(all.slice(0, 2), ['Salle Rapide', 'Salle Lente']);
    assert.deepEqual(all.slice(2).sort(), ['Salle Muette', 'Salle Nouvelle'], 'vendors without a reply time come last');
    assert.deepEqual((await allPages(stack, { sort: 'RESPONSE_TIME' }, 1)).names, all, 'the cursors page in the same order');
  });

  it('follows the figures as they change: a quick answer brings the slow vendor under a day', async () => {
    // Median of 30 h and 2 h: 16 h.
    await conversation('Salle Lente', 2, couples[1]);
    await recompute();
    assert.deepEqual(await names(stack, { filter: { respondsWithinHours: 24 }, sort: 'RESPONSE_TIME' }), ['Salle Rapide', 'Salle Lente']);
  });

  it('answers the same filters and sort from the catalogue tables when the index is gone', async () => {
    const fromIndex = await Promise.all(searches.map((s) => names(stack, s)));
    await stack.subgraphs.vendor.deps.db.query(`DROP TABLE ${SEARCH_TABLE}`);
    await searchGeneration(stack.subgraphs.vendor.deps.redis, stack.env.QUEUE_PREFIX!).bump();
    for (const [i, variables] of searches.entries()) {
      const answer = await search(stack, { first: 100, ...variables });
      assert.equal(answer.searchMode, 'FALLBACK');
      assert.deepEqual(
        answer.edges.map((e) => e.node.name),
        fromIndex[i],
        JSON.stringify(variables),
      );
    }
  });

  it('refuses a wait or a rate out of range, naming the field', async () => {
    for (const [filter, field] of [
      [{ respondsWithinHours: 0 }, 'filter.respondsWithinHours'],
      [{ respondsWithinHours: 721 }, 'filter.respondsWithinHours'],
      [{ minReplyRate: 1.5 }, 'filter.minReplyRate'],
    ] as const) {
      const error = await searchError(stack, { filter });
      assert.equal(error?.extensions?.code, 'BAD_USER_INPUT');
      assert.equal(error?.extensions?.field, field);
    }
  });
});

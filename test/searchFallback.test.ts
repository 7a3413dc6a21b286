import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { categoryId, placeId, SEARCH_TABLE, searchGeneration } from '@zaffa/vendor';
import { insertCatalogue } from './support/catalogue.ts';
import { allPages, names, search } from './support/search.ts';
import { startStack, type Stack } from './support/stack.ts';

/** Searches whose answers do not depend on how text is ranked, so both modes must give the same. */
const searches: Record<string, unknown>[] = [
  { sort: 'RATING' },
  { sort: 'PRICE_ASC', filter: { maxPrice: 200_000 } },
  { filter: { placeId: placeId.wilaya('Alger') } },
  { filter: { categoryIds: [categoryId('salle-des-fetes')], minCapacity: 400 }, sort: 'PRICE_DESC' },
  { filter: { near: { lat: 35.6987, lng: -0.6349, radiusKm: 50 } }, sort: 'DISTANCE' },
  { filter: { text: 'salle' }, sort: 'NEWEST' },
  { filter: { text: 'Pâtisserie' } },
  { filter: { text: 'النخيل' } },
];

describe('search when its index breaks', () => {
  let stack: Stack;
  let before_: string[][];

  before(async () => {
    stack = await startStack({}, { workers: true });
    await insertCatalogue(stack.subgraphs.vendor.deps.db);
    before_ = await Promise.all(searches.map((s) => names(stack, s)));
  });
  after(() => stack.stop());

  it('answers from the catalogue tables when the index table is dropped, and says so', async () => {
    await stack.subgraphs.vendor.deps.db.query(`DROP TABLE ${SEARCH_TABLE}`);
    // Dropping the table changes no vendor, so answers cached before still hold and would be served: retire them,
    // so the fallback itself answers. The rebuild below retires the fallback's answers in turn.
    await searchGeneration(stack.subgraphs.vendor.deps.redis, stack.env.QUEUE_PREFIX!).bump();
    for (const [i, variables] of searches.entries()) {
      const answer = await search(stack, { first: 100, ...variables });
      assert.equal(answer.searchMode, 'FALLBACK');
      assert.deepEqual(
        answer.edges.map((e) => e.node.name),
        before_[i],
        JSON.stringify(variables),
      );
    }
    const facets = await search(stack, { filter: { categoryIds: [categoryId('salle-des-fetes')] } });
    assert.equal(facets.totalCount, 3);
    assert.equal(facets.facets.length, 4);
  });

  it('still forgives a typo, and pages with cursors', async () => {
    assert.deepEqual(await names(stack, { filter: { text: 'photografe' } }), ['Studio Photographe Lumière']);
    const paged = await allPages(stack, { sort: 'RATING' }, 2);
    assert.deepEqual(paged.names, before_[0]);
  });

  it("counts the degraded answers in the vendor subgraph's metrics", async () => {
    const metrics = await (await fetch(stack.subgraphs.vendor.url.replace(/\/graphql$/, '/metrics'))).text();
    const line = metrics
      .split('\n')
      .find((l) => l.startsWith('degraded_answers_total{') && l.includes('feature="vendor_search"') && l.includes('reason="42P01"'));
    assert.ok(line, 'a counter for the missing table');
    assert.ok(Number(line.split(' ').at(-1)) >= searches.length);
  });

  it('heals after a rebuild, including changes made while the index was down', async () => {
    const db = stack.subgraphs.vendor.deps.db;
    await db.query(`UPDATE vendors SET name = 'Palais Nour Royal', revision = revision + 1 WHERE name = 'Palais Nour'`);
    await stack.subgraphs.vendor.deps.jobs.enqueue('search', 'rebuildIndex', {}, { jobId: 'test-rebuild' });
    await stack.drainJobs();
    const healed = await search(stack, { filter: { text: 'royal' } });
    assert.equal(healed.searchMode, 'INDEX');
    assert.deepEqual(
      healed.edges.map((e) => e.node.name),
      ['Palais Nour Royal'],
    );
    const again = await Promise.all(searches.map((s) => names(stack, s)));
    assert.deepEqual(
      again,
      before_.map((list) => list.map((n) => (n === 'Palais Nour' ? 'Palais Nour Royal' : n))),
    );
    assert.deepEqual(await names(stack, { filter: { text: 'photografe' } }), ['Studio Photographe Lumière']);
  });
});

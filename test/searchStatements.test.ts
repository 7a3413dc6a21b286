import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { QueryRunner } from 'typeorm';
import { insertCatalogue, type VendorFixture } from './support/catalogue.ts';
import { startStack, type Stack } from './support/stack.ts';

const categories = ['salle-des-fetes', 'traiteur', 'photographe-videaste', 'patissier'];
const communes = ['1601', '1628', '3101', '901'];
const many: VendorFixture[] = Array.from({ length: 60 }, (_, i) => ({
  name: `Vendeur ${i}`,
  category: categories[i % categories.length]!,
  commune: communes[i % communes.length]!,
  prices: [10_000 + i * 1000, 20_000 + i * 1000],
  rating: 3 + (i % 20) / 10,
  daysAgo: i,
}));

const pageQuery = `query Page($first: Int, $filter: VendorFilter) {
  vendors(first: $first, filter: $filter, sort: RATING) {
    totalCount
    facets { category { nameFr } count }
    edges { node { id name category { nameFr } place { nameFr parent { nameFr } } offers { name basePrice } } }
  }
}`;

describe('a page of vendors with their category, place and offers', () => {
  let stack: Stack;
  let statements = 0;
  let runnerPrototype: { query: QueryRunner['query'] };
  let original: QueryRunner['query'];

  before(async () => {
    stack = await startStack();
    const db = stack.subgraphs.vendor.deps.db;
    await insertCatalogue(db, many);
    // Every statement of the vendor subgraph, repositories and DataLoaders included, goes through its query runner.
    const runner = db.createQueryRunner();
    runnerPrototype = Object.getPrototypeOf(runner);
    await runner.release();
    original = runnerPrototype.query;
    runnerPrototype.query = function (this: QueryRunner, ...args: Parameters<QueryRunner['query']>) {
      statements++;
      return original.apply(this, args);
    } as QueryRunner['query'];
  });
  after(async () => {
    runnerPrototype.query = original;
    await stack.stop();
  });

  async function countFor(first: number, filter: Record<string, unknown> = {}): Promise<number> {
    statements = 0;
    const { body } = await stack.query<{ vendors: { edges: unknown[] } }>(pageQuery, { first, filter });
    assert.equal(body.errors, undefined);
    assert.equal(body.data!.vendors.edges.length, first);
    return statements;
  }

  it('takes as many SQL statements for 50 vendors as for 5', async () => {
    const five = await countFor(5);
    assert.equal(await countFor(50), five);
    assert.ok(five <= 8, `${five} statements`);
  });

  it('and with a text filter too', async () => {
    assert.equal(await countFor(50, { text: 'vendeur' }), await countFor(5, { text: 'vendeur' }));
  });
});

import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { categoryId, placeId, reconcileIndex } from '@zaffa/vendor';
import { startStack, type Stack } from './support/stack.ts';

type Page = {
  vendors: {
    totalCount: number;
    edges: { cursor: string; node: { name: string } }[];
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
  };
};
const page = `query Vendors($first: Int, $after: String) { vendors(first: $first, after: $after) { totalCount edges { cursor node { name } } pageInfo { hasNextPage endCursor } } }`;

describe('the vendor listing', () => {
  let stack: Stack;

  before(async () => {
    stack = await startStack();
    const db = stack.subgraphs.vendor.deps.db;
    for (let i = 1; i <= 5; i++) {
      await db.query(
        `INSERT INTO vendors (name, slug, category_id, place_id, owner_id, status, created_at) VALUES ($1, $2, $3, $4, gen_random_uuid(), 'PUBLISHED', now() - $5 * interval '1 day')`,
        [`Vendor ${i}`, `vendor-${i}`, categoryId('patissier'), placeId.commune('1601'), i],
      );
    }
    await db.query(
      `INSERT INTO vendors (name, slug, category_id, place_id, owner_id) VALUES ('Draft', 'draft', $1, $2, gen_random_uuid())`,
      [categoryId('patissier'), placeId.commune('1601')],
    );
    // Rows written behind the API's back reach the search index through reconciliation.
    await reconcileIndex(db);
  });
  after(() => stack.stop());

  it('pages published vendors newest first with stable cursors, drafts left out', async () => {
    const names: string[] = [];
    let after: string | null = null;
    let pages = 0;
    do {
      const { body }: { body: { data?: Page | null } } = await stack.query<Page>(page, { first: 2, after });
      const { vendors }: Page = body.data!;
      assert.equal(vendors.totalCount, 5);
      names.push(...vendors.edges.map((e) => e.node.name));
      after = vendors.pageInfo.hasNextPage ? vendors.pageInfo.endCursor : null;
      pages++;
    } while (after);
    assert.equal(pages, 3);
    assert.deepEqual(names, ['Vendor 1', 'Vendor 2', 'Vendor 3', 'Vendor 4', 'Vendor 5']);
  });

  it('refuses a page larger than the limit, and a forged cursor, naming the argument', async () => {
    const big = await stack.query(page, { first: 1000 });
    assert.equal(big.body.errors?.[0]?.extensions?.code, 'BAD_USER_INPUT');
    assert.equal(big.body.errors?.[0]?.extensions?.field, 'first');
    const forged = await stack.query(page, { first: 2, after: 'bm90IGEgY3Vyc29y' });
    assert.equal(forged.body.errors?.[0]?.extensions?.field, 'after');
  });

  it('knows the places: 69 wilayas under the country, each commune under its wilaya', async () => {
    const { body } = await stack.query<{ places: { id: string; kind: string }[] }>('{ places { id kind } }');
    const country = body.data!.places;
    assert.deepEqual(
      country.map((p) => p.kind),
      ['COUNTRY'],
    );
    const wilayas = await stack.query<{ places: { nameFr: string }[] }>('query W($id: ID) { places(parentId: $id) { nameFr } }', {
      id: country[0]!.id,
    });
    assert.equal(wilayas.body.data!.places.length, 69);
    const communes = await stack.query<{ places: unknown[] }>('query C($id: ID) { places(parentId: $id) { nameFr } }', {
      id: placeId.wilaya('Alger'),
    });
    assert.equal(communes.body.data!.places.length > 30, true);
  });
});

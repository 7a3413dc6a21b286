import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { runSubgraph, type RunningService } from '@zaffa/shared';
import { testEnv } from '@zaffa/shared/testing';
import { rebuildIndex, seedCatalogue, seedOwnerId, vendor } from '@zaffa/vendor';

describe('the seeded catalogue', () => {
  let service: RunningService;

  before(async () => {
    service = await runSubgraph(vendor, testEnv({}, [vendor.config]));
  });
  after(() => service.close());

  it('is the same every time, and seeding twice adds nothing', async () => {
    const { db, log } = service.deps;
    assert.deepEqual(await seedCatalogue(db, { vendors: 300, communes: 100 }), { inserted: 300 });
    const first = await db.query(`SELECT id, name, place_id, price_min, rating, owner_id FROM vendors ORDER BY id`);
    assert.deepEqual(await seedCatalogue(db, { vendors: 300, communes: 100 }), { inserted: 0 });
    assert.deepEqual(await db.query(`SELECT id, name, place_id, price_min, rating, owner_id FROM vendors ORDER BY id`), first);
    assert.ok(first.some((v: { owner_id: string }) => v.owner_id === seedOwnerId(0)));

    const [{ offers, communes, categories, arabic }] = await db.query(
      `SELECT (SELECT count(*)::int FROM offers) AS offers, count(DISTINCT place_id)::int AS communes, count(DISTINCT category_id)::int AS categories,
              count(*) FILTER (WHERE name ~ '[ء-ي]')::int AS arabic FROM vendors`,
    );
    assert.ok(offers >= 300, 'every vendor has offers');
    assert.ok(communes > 50 && communes <= 100, `${communes} communes`);
    assert.equal(categories, 12);
    assert.ok(arabic > 0, 'some vendors have Arabic names');
    const rebuilt = await rebuildIndex(db, log);
    assert.ok('vendors' in rebuilt && rebuilt.vendors > 250, 'published ones are indexed');
  });
});

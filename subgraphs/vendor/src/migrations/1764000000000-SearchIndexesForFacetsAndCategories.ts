import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The index table's indexes as they were when this migration was made (suffix, definition). */
const searchIndexes: [suffix: string, definition: string][] = [
  ['document_idx', 'USING gin (document)'],
  ['category_idx', '(category_id)'],
  ['place_idx', '(place_id)'],
  ['wilaya_category_idx', '(wilaya_id, category_id)'],
  ['earth_category_idx', 'USING gist (earth) INCLUDE (category_id)'],
  ['price_min_idx', '(price_min) INCLUDE (category_id)'],
  ['rating_min_idx', '(rating) INCLUDE (category_id)'],
  ['newest_idx', '(created_at DESC, vendor_id DESC)'],
  ['rating_idx', '((coalesce(rating, 0)::float8) DESC, vendor_id DESC)'],
  ['price_idx', '((coalesce(price_min, 2147483647)), vendor_id)'],
  ['category_newest_idx', '(category_id, created_at DESC, vendor_id DESC)'],
  ['category_rating_idx', '(category_id, (coalesce(rating, 0)::float8) DESC, vendor_id DESC)'],
  ['category_price_idx', '(category_id, (coalesce(price_min, 2147483647)), vendor_id)'],
];

/** Indexes the facet counts and the one-category browse read from alone; the two single-column ones they replace go. */
export class SearchIndexesForFacetsAndCategories1764000000000 implements MigrationInterface {
  name = 'SearchIndexesForFacetsAndCategories1764000000000';

  async up(q: QueryRunner): Promise<void> {
    // The index table may be missing (search then answers in fallback mode): the next rebuild makes it with every index.
    const [{ present }] = await q.query(`SELECT to_regclass('vendor_search') IS NOT NULL AS present`);
    if (!present) return;
    await q.query(`DROP INDEX IF EXISTS vendor_search_wilaya_idx, vendor_search_earth_idx`);
    for (const [suffix, definition] of searchIndexes) {
      await q.query(`CREATE INDEX IF NOT EXISTS vendor_search_${suffix} ON vendor_search ${definition}`);
    }
    await q.query(`ANALYZE vendor_search`);
  }

  async down(q: QueryRunner): Promise<void> {
    const [{ present }] = await q.query(`SELECT to_regclass('vendor_search') IS NOT NULL AS present`);
    if (!present) return;
    for (const suffix of [
      'wilaya_category_idx',
      'earth_category_idx',
      'price_min_idx',
      'rating_min_idx',
      'category_newest_idx',
      'category_rating_idx',
      'category_price_idx',
    ]) {
      await q.query(`DROP INDEX IF EXISTS vendor_search_${suffix}`);
    }
    await q.query(`CREATE INDEX vendor_search_wilaya_idx ON vendor_search (wilaya_id)`);
    await q.query(`CREATE INDEX vendor_search_earth_idx ON vendor_search USING gist (earth)`);
  }
}

import type { MigrationInterface, QueryRunner } from 'typeorm';
import { SEARCH_TABLE, searchIndexes } from '../search/indexTable.ts';

/** Indexes the facet counts and the one-category browse read from alone; the two single-column ones they replace go. */
export class SearchIndexesForFacetsAndCategories1764000000000 implements MigrationInterface {
  name = 'SearchIndexesForFacetsAndCategories1764000000000';

  async up(q: QueryRunner): Promise<void> {
    // The index table may be missing (search then answers in fallback mode): the next rebuild makes it with every index.
    const [{ present }] = await q.query(`SELECT to_regclass($1) IS NOT NULL AS present`, [SEARCH_TABLE]);
    if (!present) return;
    await q.query(`DROP INDEX IF EXISTS ${SEARCH_TABLE}_wilaya_idx, ${SEARCH_TABLE}_earth_idx`);
    for (const [suffix, definition] of searchIndexes)
      await q.query(`CREATE INDEX IF NOT EXISTS ${SEARCH_TABLE}_${suffix} ON ${SEARCH_TABLE} ${definition}`);
    await q.query(`ANALYZE ${SEARCH_TABLE}`);
  }

  async down(q: QueryRunner): Promise<void> {
    const [{ present }] = await q.query(`SELECT to_regclass($1) IS NOT NULL AS present`, [SEARCH_TABLE]);
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
      await q.query(`DROP INDEX IF EXISTS ${SEARCH_TABLE}_${suffix}`);
    }
    await q.query(`CREATE INDEX ${SEARCH_TABLE}_wilaya_idx ON ${SEARCH_TABLE} (wilaya_id)`);
    await q.query(`CREATE INDEX ${SEARCH_TABLE}_earth_idx ON ${SEARCH_TABLE} USING gist (earth)`);
  }
}

import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The index table as the index code has written it since rows kept their point: an `earth` column indexed for
 * distance, and documents stored out of line. That change reached new databases through the index code alone, so
 * one made before it lacks them; on one made after, every statement finds its work done.
 */
export class SearchIndexEarthColumn1763950000000 implements MigrationInterface {
  name = 'SearchIndexEarthColumn1763950000000';

  async up(q: QueryRunner): Promise<void> {
    const [{ present }] = await q.query(`SELECT to_regclass('vendor_search') IS NOT NULL AS present`);
    if (!present) return;
    await q.query(`ALTER TABLE vendor_search ADD COLUMN IF NOT EXISTS earth earth`);
    await q.query(`UPDATE vendor_search SET earth = ll_to_earth(latitude, longitude) WHERE earth IS NULL AND latitude IS NOT NULL`);
    await q.query(`ALTER TABLE vendor_search ALTER COLUMN document SET STORAGE EXTERNAL, SET (toast_tuple_target = 128)`);
    await q.query(`DROP INDEX IF EXISTS vendor_search_earth_idx`);
    await q.query(`CREATE INDEX vendor_search_earth_idx ON vendor_search USING gist (earth)`);
  }

  async down(q: QueryRunner): Promise<void> {
    const [{ present }] = await q.query(`SELECT to_regclass('vendor_search') IS NOT NULL AS present`);
    if (!present) return;
    await q.query(`DROP INDEX IF EXISTS vendor_search_earth_idx`);
    await q.query(`ALTER TABLE vendor_search DROP COLUMN earth`);
    await q.query(`ALTER TABLE vendor_search ALTER COLUMN document SET STORAGE MAIN, RESET (toast_tuple_target)`);
    await q.query(`CREATE INDEX vendor_search_earth_idx ON vendor_search USING gist (ll_to_earth(latitude, longitude))`);
  }
}

import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The index rows carry the vendor's response figures (median time to a first reply, reply rate), which search filters
 * and sorts on; filled from the vendors' copies, so a vendor's figures are findable before its next reindex.
 */
export class SearchIndexResponseFigures1765100000000 implements MigrationInterface {
  name = 'SearchIndexResponseFigures1765100000000';

  async up(q: QueryRunner): Promise<void> {
    // The index table may be missing (search then answers in fallback mode): the next rebuild makes it with these columns.
    const [{ present }] = await q.query(`SELECT to_regclass('vendor_search') IS NOT NULL AS present`);
    if (!present) return;
    await q.query(`ALTER TABLE vendor_search ADD COLUMN IF NOT EXISTS median_reply_s int, ADD COLUMN IF NOT EXISTS reply_rate real`);
    await q.query(`
      UPDATE vendor_search s SET median_reply_s = v.median_reply_s, reply_rate = v.reply_rate
        FROM vendors v WHERE v.id = s.vendor_id AND (v.median_reply_s IS NOT NULL OR v.reply_rate IS NOT NULL)`);
    await q.query(`
      CREATE INDEX IF NOT EXISTS vendor_search_response_idx
        ON vendor_search ((coalesce(median_reply_s, 2147483647)), vendor_id) INCLUDE (category_id)`);
    await q.query(`ANALYZE vendor_search`);
  }

  async down(q: QueryRunner): Promise<void> {
    const [{ present }] = await q.query(`SELECT to_regclass('vendor_search') IS NOT NULL AS present`);
    if (!present) return;
    await q.query(`DROP INDEX IF EXISTS vendor_search_response_idx`);
    await q.query(`ALTER TABLE vendor_search DROP COLUMN IF EXISTS median_reply_s, DROP COLUMN IF EXISTS reply_rate`);
  }
}

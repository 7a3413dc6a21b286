import type { Logger } from 'pino';
import type { DataSource } from 'typeorm';
import { addWordsQuery, indexRowsQuery } from './document.ts';
import {
  createNormalizeFunction,
  createSearchIndexes,
  createSearchTable,
  createWordsIndexes,
  createWordsTable,
  renameSearchTable,
  renameWordsTable,
  SEARCH_TABLE,
  searchColumns,
  WORDS_TABLE,
} from './indexTable.ts';

const updates = searchColumns
  .filter((c) => c !== 'vendor_id')
  .map((c) => `${c} = EXCLUDED.${c}`)
  .join(', ');

/**
 * Brings one vendor's index row up to date: written when the vendor is published, removed otherwise.
 * Reads the vendor as it is now, so running it twice, or late, is harmless.
 */
export async function reindexVendor(db: DataSource, vendorId: string): Promise<'indexed' | 'removed'> {
  const [row] = await db.query(
    `WITH fresh AS (${indexRowsQuery('v.id = $1')}),
     written AS (
       INSERT INTO ${SEARCH_TABLE} SELECT * FROM fresh
       ON CONFLICT (vendor_id) DO UPDATE SET ${updates}
       RETURNING vendor_id
     ),
     removed AS (DELETE FROM ${SEARCH_TABLE} WHERE vendor_id = $1 AND NOT EXISTS (SELECT 1 FROM fresh))
     SELECT count(*)::int AS written FROM written`,
    [vendorId],
  );
  if (row.written === 0) return 'removed';
  await db.query(addWordsQuery(SEARCH_TABLE, 's.vendor_id = $1'), [vendorId]);
  return 'indexed';
}

/** Ids of the vendors whose index row is missing, older than the vendor, or there though it should not be. */
export async function staleVendorIds(db: DataSource): Promise<string[]> {
  const rows: { id: string }[] = await db.query(`
    SELECT v.id FROM vendors v LEFT JOIN ${SEARCH_TABLE} s ON s.vendor_id = v.id
    WHERE (v.status = 'PUBLISHED' AND (s.vendor_id IS NULL OR s.revision <> v.revision))
       OR (v.status <> 'PUBLISHED' AND s.vendor_id IS NOT NULL)
    UNION
    SELECT s.vendor_id FROM ${SEARCH_TABLE} s WHERE NOT EXISTS (SELECT 1 FROM vendors v WHERE v.id = s.vendor_id)`);
  return rows.map((r) => r.id);
}

/** Reindexes whatever a lost job or a change made during a rebuild left behind. */
export async function reconcileIndex(db: DataSource): Promise<{ reindexed: number }> {
  const ids = await staleVendorIds(db);
  for (const id of ids) await reindexVendor(db, id);
  return { reindexed: ids.length };
}

const NEXT = `${SEARCH_TABLE}_next`;
const WORDS_NEXT = `${WORDS_TABLE}_next`;

/**
 * Builds the whole index afresh beside the live one, then swaps the two in one transaction: searches keep
 * using the old index while the new one builds, or the direct query if there is none. Changes made during
 * the build are caught up after the swap. One rebuild at a time: a second one finds the lock taken and skips.
 */
export async function rebuildIndex(
  db: DataSource,
  log: Logger,
): Promise<{ vendors: number; words: number; reindexedAfterSwap: number } | { skipped: true }> {
  const q = db.createQueryRunner();
  await q.connect();
  try {
    const [{ locked }] = await q.query(`SELECT pg_try_advisory_lock(hashtext('search-rebuild')) AS locked`);
    if (!locked) {
      log.info('a search index rebuild is already running; skipping this one');
      return { skipped: true };
    }
    try {
      const started = performance.now();
      await q.query(createNormalizeFunction);
      await q.query(`DROP TABLE IF EXISTS ${NEXT}, ${WORDS_NEXT}`);
      await createSearchTable(q, NEXT);
      await q.query(`INSERT INTO ${NEXT} ${indexRowsQuery('true')}`);
      await createSearchIndexes(q, NEXT);
      await createWordsTable(q, WORDS_NEXT);
      await q.query(addWordsQuery(NEXT, 'true', WORDS_NEXT));
      await createWordsIndexes(q, WORDS_NEXT);
      // VACUUM sets the visibility map, so counts per category are read from the index alone.
      await q.query(`VACUUM ANALYZE ${NEXT}`);
      await q.query(`VACUUM ANALYZE ${WORDS_NEXT}`);
      const [{ vendors }] = await q.query(`SELECT count(*)::int AS vendors FROM ${NEXT}`);
      const [{ words }] = await q.query(`SELECT count(*)::int AS words FROM ${WORDS_NEXT}`);

      await q.startTransaction();
      try {
        await q.query(`DROP TABLE IF EXISTS ${SEARCH_TABLE}, ${WORDS_TABLE}`);
        for (const statement of [...renameSearchTable(NEXT, SEARCH_TABLE), ...renameWordsTable(WORDS_NEXT, WORDS_TABLE)])
          await q.query(statement);
        await q.commitTransaction();
      } catch (err) {
        await q.rollbackTransaction();
        throw err;
      }
      const { reindexed } = await reconcileIndex(db);
      log.info({ vendors, words, reindexedAfterSwap: reindexed, ms: Math.round(performance.now() - started) }, 'search index rebuilt');
      return { vendors, words, reindexedAfterSwap: reindexed };
    } finally {
      await q.query(`SELECT pg_advisory_unlock(hashtext('search-rebuild'))`);
    }
  } finally {
    await q.release();
  }
}

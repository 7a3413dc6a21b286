import type { MigrationInterface, QueryRunner } from 'typeorm';
import { addWordsQuery, indexRowsQuery } from '../search/document.ts';
import {
  createNormalizeFunction,
  createSearchIndexes,
  createSearchTable,
  createWordsIndexes,
  createWordsTable,
  SEARCH_TABLE,
  WORDS_TABLE,
} from '../search/indexTable.ts';

/** Full-text and trigram search over the catalogue, kept in tables of its own that a job maintains and can rebuild. */
export class CreateSearchIndex1763900000001 implements MigrationInterface {
  name = 'CreateSearchIndex1763900000001';

  async up(q: QueryRunner): Promise<void> {
    for (const extension of ['unaccent', 'pg_trgm', 'cube', 'earthdistance']) await q.query(`CREATE EXTENSION IF NOT EXISTS ${extension}`);
    await q.query(createNormalizeFunction);
    await createSearchTable(q, SEARCH_TABLE);
    await q.query(`INSERT INTO ${SEARCH_TABLE} ${indexRowsQuery('true')}`);
    await createSearchIndexes(q, SEARCH_TABLE);
    await createWordsTable(q, WORDS_TABLE);
    await q.query(addWordsQuery(SEARCH_TABLE, 'true'));
    await createWordsIndexes(q, WORDS_TABLE);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE ${WORDS_TABLE}, ${SEARCH_TABLE}`);
    await q.query(`DROP FUNCTION search_normalize(text)`);
  }
}

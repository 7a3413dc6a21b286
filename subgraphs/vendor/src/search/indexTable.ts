import type { QueryRunner } from 'typeorm';

/** The search index: one row per published vendor, with what search filters, sorts and matches on. */
export const SEARCH_TABLE = 'vendor_search';
/** Every word of the index, so a misspelt search word can be matched to the words it was probably meant to be. */
export const WORDS_TABLE = 'search_words';

type Sql = Pick<QueryRunner, 'query'>;

/** Columns in table order; `indexRowsQuery` selects them in this order. */
export const searchColumns = [
  'vendor_id',
  'revision',
  'category_id',
  'place_id',
  'wilaya_id',
  'latitude',
  'longitude',
  'price_min',
  'capacity',
  'rating',
  'created_at',
  'name_norm',
  'document',
  'earth',
  'median_reply_s',
  'reply_rate',
] as const;

/**
 * Lower case, no Latin accents, and Arabic spelled one way: hamza forms of alef, alef maqsura, ta marbuta,
 * no tashkeel or tatweel. Immutable, so the index and the queries normalize alike.
 */
export const createNormalizeFunction = `
  CREATE OR REPLACE FUNCTION search_normalize(text) RETURNS text
  LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
  AS $$ SELECT translate(lower(public.unaccent('public.unaccent'::regdictionary, $1)), 'أإآٱىةـًٌٍَُِّْ', 'اااايه') $$`;

/** An empty index table named `table`. Its indexes come after a bulk load, which is faster than loading through them. */
export async function createSearchTable(q: Sql, table: string): Promise<void> {
  await q.query(`
    CREATE TABLE ${table} (
      vendor_id uuid PRIMARY KEY,
      revision int NOT NULL,
      category_id uuid NOT NULL,
      place_id uuid NOT NULL,
      wilaya_id uuid,
      latitude double precision,
      longitude double precision,
      price_min int,
      capacity int,
      rating real,
      created_at timestamptz NOT NULL,
      name_norm text NOT NULL,
      document tsvector NOT NULL,
      -- The point on the earth's surface, computed once: distance filters and sorts read it for thousands of rows.
      earth earth,
      -- How the vendor answers couples (messaging's figures): a filter and a sort.
      median_reply_s int,
      reply_rate real
    )`);
  // Documents stored out of line keep the rows narrow, so counting and sorting many matches reads few pages.
  await q.query(`ALTER TABLE ${table} ALTER COLUMN document SET STORAGE EXTERNAL, SET (toast_tuple_target = 128)`);
}

/** Index names carry the table's name as prefix, so a table built beside the live one can take its place by renaming. */
export const searchIndexes: [suffix: string, definition: string][] = [
  ['document_idx', 'USING gin (document)'],
  ['category_idx', '(category_id)'],
  ['place_idx', '(place_id)'],
  // Category beside each filter column: the facet counts of a filtered search are read from the index alone.
  ['wilaya_category_idx', '(wilaya_id, category_id)'],
  ['earth_category_idx', 'USING gist (earth) INCLUDE (category_id)'],
  ['price_min_idx', '(price_min) INCLUDE (category_id)'],
  ['rating_min_idx', '(rating) INCLUDE (category_id)'],
  // One per sort order without text, so a first page is read in order instead of sorting every match.
  ['newest_idx', '(created_at DESC, vendor_id DESC)'],
  ['rating_idx', '((coalesce(rating, 0)::float8) DESC, vendor_id DESC)'],
  ['price_idx', '((coalesce(price_min, 2147483647)), vendor_id)'],
  // The same within one category, the commonest browse.
  ['category_newest_idx', '(category_id, created_at DESC, vendor_id DESC)'],
  ['category_rating_idx', '(category_id, (coalesce(rating, 0)::float8) DESC, vendor_id DESC)'],
  ['category_price_idx', '(category_id, (coalesce(price_min, 2147483647)), vendor_id)'],
  // The response sort, and the response filter written on the same expression, with the category for its facet counts.
  ['response_idx', '((coalesce(median_reply_s, 2147483647)), vendor_id) INCLUDE (category_id)'],
];

export async function createSearchIndexes(q: Sql, table: string): Promise<void> {
  for (const [suffix, definition] of searchIndexes) await q.query(`CREATE INDEX ${table}_${suffix} ON ${table} ${definition}`);
}

export async function createWordsTable(q: Sql, table: string): Promise<void> {
  await q.query(`CREATE TABLE ${table} (word text NOT NULL, CONSTRAINT ${table}_pkey PRIMARY KEY (word))`);
}

export async function createWordsIndexes(q: Sql, table: string): Promise<void> {
  await q.query(`CREATE INDEX ${table}_trgm_idx ON ${table} USING gin (word gin_trgm_ops)`);
}

/** Statements that rename table `from` and its indexes to `to`'s names. */
export function renameSearchTable(from: string, to: string): string[] {
  return [
    ...['pkey', ...searchIndexes.map(([suffix]) => suffix)].map((s) => `ALTER INDEX ${from}_${s} RENAME TO ${to}_${s}`),
    `ALTER TABLE ${from} RENAME TO ${to}`,
  ];
}

export function renameWordsTable(from: string, to: string): string[] {
  return [
    `ALTER INDEX ${from}_pkey RENAME TO ${to}_pkey`,
    `ALTER INDEX ${from}_trgm_idx RENAME TO ${to}_trgm_idx`,
    `ALTER TABLE ${from} RENAME TO ${to}`,
  ];
}

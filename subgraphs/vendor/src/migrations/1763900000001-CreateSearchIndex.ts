import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Full-text and trigram search over the catalogue, kept in tables of its own that a job maintains and can rebuild.
 * The statements are written out as they were when this migration was made, so replaying history gives what ran.
 */
export class CreateSearchIndex1763900000001 implements MigrationInterface {
  name = 'CreateSearchIndex1763900000001';

  async up(q: QueryRunner): Promise<void> {
    for (const extension of ['unaccent', 'pg_trgm', 'cube', 'earthdistance']) await q.query(`CREATE EXTENSION IF NOT EXISTS ${extension}`);
    await q.query(`
  CREATE OR REPLACE FUNCTION search_normalize(text) RETURNS text
  LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
  AS $$ SELECT translate(lower(public.unaccent('public.unaccent'::regdictionary, $1)), 'أإآٱىةـًٌٍَُِّْ', 'اااايه') $$`);
    await q.query(`
    CREATE TABLE vendor_search (
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
      document tsvector NOT NULL
    )`);
    await q.query(`INSERT INTO vendor_search 
    SELECT v.id, v.revision, v.category_id, v.place_id, p.parent_id,
      coalesce(v.latitude, p.latitude), coalesce(v.longitude, p.longitude),
      v.price_min, v.capacity, v.rating, v.created_at,
      search_normalize(v.name),
      setweight(to_tsvector('simple', search_normalize(v.name)), 'A')
        || setweight(to_tsvector('simple', search_normalize(concat_ws(' ', c.name_fr, c.name_ar))), 'B')
        || setweight(to_tsvector('simple', search_normalize(concat_ws(' ', p.name_fr, p.name_ar, w.name_fr, w.name_ar, v.address))), 'C')
        || setweight(to_tsvector('simple', search_normalize(concat_ws(' ', v.description, o.text))), 'D')
    FROM vendors v
    JOIN categories c ON c.id = v.category_id
    JOIN places p ON p.id = v.place_id
    LEFT JOIN places w ON w.id = p.parent_id
    LEFT JOIN LATERAL (
      SELECT string_agg(concat_ws(' ', name, array_to_string(includes, ' ')), ' ') AS text FROM offers WHERE vendor_id = v.id
    ) o ON true
    WHERE v.status = 'PUBLISHED' AND (true)`);
    await q.query(`CREATE INDEX vendor_search_document_idx ON vendor_search USING gin (document)`);
    await q.query(`CREATE INDEX vendor_search_category_idx ON vendor_search (category_id)`);
    await q.query(`CREATE INDEX vendor_search_place_idx ON vendor_search (place_id)`);
    await q.query(`CREATE INDEX vendor_search_wilaya_idx ON vendor_search (wilaya_id)`);
    await q.query(`CREATE INDEX vendor_search_earth_idx ON vendor_search USING gist (ll_to_earth(latitude, longitude))`);
    await q.query(`CREATE INDEX vendor_search_newest_idx ON vendor_search (created_at DESC, vendor_id DESC)`);
    await q.query(`CREATE INDEX vendor_search_rating_idx ON vendor_search ((coalesce(rating, 0)::float8) DESC, vendor_id DESC)`);
    await q.query(`CREATE INDEX vendor_search_price_idx ON vendor_search ((coalesce(price_min, 2147483647)), vendor_id)`);
    await q.query(`CREATE TABLE search_words (word text NOT NULL, CONSTRAINT search_words_pkey PRIMARY KEY (word))`);
    await q.query(`
    INSERT INTO search_words (word)
    SELECT DISTINCT word FROM vendor_search s, unnest(tsvector_to_array(s.document)) AS word
    WHERE (true) AND length(word) BETWEEN 3 AND 40
    ON CONFLICT DO NOTHING`);
    await q.query(`CREATE INDEX search_words_trgm_idx ON search_words USING gin (word gin_trgm_ops)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE search_words, vendor_search`);
    await q.query(`DROP FUNCTION search_normalize(text)`);
  }
}

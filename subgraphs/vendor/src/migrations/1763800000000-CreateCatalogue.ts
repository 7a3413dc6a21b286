import type { MigrationInterface, QueryRunner } from 'typeorm';
import { categories } from '../categories.ts';
import { loadPlaces } from '../places.ts';

export class CreateCatalogue1763800000000 implements MigrationInterface {
  name = 'CreateCatalogue1763800000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE places (
        id uuid PRIMARY KEY,
        kind text NOT NULL CHECK (kind IN ('COUNTRY', 'WILAYA', 'COMMUNE')),
        code text,
        name_fr text NOT NULL,
        name_ar text NOT NULL,
        latitude double precision,
        longitude double precision,
        parent_id uuid REFERENCES places(id)
      )`);
    await q.query(`CREATE INDEX places_parent_idx ON places (parent_id)`);
    await q.query(`
      CREATE TABLE categories (
        id uuid PRIMARY KEY,
        slug text NOT NULL UNIQUE,
        name_fr text NOT NULL,
        name_ar text NOT NULL,
        position int NOT NULL
      )`);
    await q.query(`
      CREATE TABLE vendors (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        name text NOT NULL,
        slug text NOT NULL UNIQUE,
        description text NOT NULL DEFAULT '',
        category_id uuid NOT NULL REFERENCES categories(id),
        place_id uuid NOT NULL REFERENCES places(id),
        owner_id uuid NOT NULL,
        capacity int CHECK (capacity > 0),
        price_min int CHECK (price_min >= 0),
        price_max int CHECK (price_max >= price_min),
        status text NOT NULL DEFAULT 'DRAFT' CHECK (status IN ('DRAFT', 'PUBLISHED', 'SUSPENDED')),
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    // The default listing: published vendors, newest first, paged by (created_at, id).
    await q.query(`CREATE INDEX vendors_published_newest_idx ON vendors (created_at DESC, id DESC) WHERE status = 'PUBLISHED'`);
    await q.query(`CREATE INDEX vendors_owner_idx ON vendors (owner_id)`);

    // Reference data ships with the schema: every install has the same places and categories, with the same ids.
    const places = loadPlaces();
    for (let i = 0; i < places.length; i += 500) {
      const chunk = places.slice(i, i + 500);
      await q.query(
        `INSERT INTO places (id, kind, code, name_fr, name_ar, latitude, longitude, parent_id)
         SELECT * FROM unnest($1::uuid[], $2::text[], $3::text[], $4::text[], $5::text[], $6::float8[], $7::float8[], $8::uuid[])`,
        [
          chunk.map((p) => p.id),
          chunk.map((p) => p.kind),
          chunk.map((p) => p.code),
          chunk.map((p) => p.nameFr),
          chunk.map((p) => p.nameAr),
          chunk.map((p) => p.latitude),
          chunk.map((p) => p.longitude),
          chunk.map((p) => p.parentId),
        ],
      );
    }
    for (const c of categories) {
      await q.query(`INSERT INTO categories (id, slug, name_fr, name_ar, position) VALUES ($1, $2, $3, $4, $5)`, [
        c.id,
        c.slug,
        c.nameFr,
        c.nameAr,
        c.position,
      ]);
    }
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE vendors, categories, places`);
  }
}

import type { MigrationInterface, QueryRunner } from 'typeorm';

/** What a couple needs to choose a vendor: where exactly, how to reach it, what it sells at what price, what couples thought of it. */
export class VendorDetailsAndOffers1763900000000 implements MigrationInterface {
  name = 'VendorDetailsAndOffers1763900000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE vendors
        ADD COLUMN address text NOT NULL DEFAULT '',
        ADD COLUMN latitude double precision CHECK (latitude BETWEEN -90 AND 90),
        ADD COLUMN longitude double precision CHECK (longitude BETWEEN -180 AND 180),
        ADD COLUMN phone text,
        ADD COLUMN email text,
        ADD COLUMN website text,
        ADD COLUMN rating real CHECK (rating BETWEEN 1 AND 5),
        ADD COLUMN review_count int NOT NULL DEFAULT 0 CHECK (review_count >= 0),
        ADD COLUMN rating_observed_at timestamptz,
        ADD COLUMN revision int NOT NULL DEFAULT 1,
        ADD COLUMN updated_at timestamptz NOT NULL DEFAULT now()`);
    // The direct query that answers when the search index cannot filters on these.
    await q.query(`CREATE INDEX vendors_category_idx ON vendors (category_id) WHERE status = 'PUBLISHED'`);
    await q.query(`CREATE INDEX vendors_place_idx ON vendors (place_id) WHERE status = 'PUBLISHED'`);
    await q.query(`
      CREATE TABLE offers (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        vendor_id uuid NOT NULL REFERENCES vendors(id) ON DELETE CASCADE,
        name text NOT NULL,
        base_price int NOT NULL CHECK (base_price >= 0),
        included_guests int CHECK (included_guests > 0),
        price_per_extra_guest int NOT NULL DEFAULT 0 CHECK (price_per_extra_guest >= 0),
        includes text[] NOT NULL DEFAULT '{}',
        deposit_percent int NOT NULL DEFAULT 0 CHECK (deposit_percent BETWEEN 0 AND 100),
        deposit_terms text NOT NULL DEFAULT '',
        position int NOT NULL DEFAULT 0,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX offers_vendor_idx ON offers (vendor_id, position)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE offers`);
    await q.query(`DROP INDEX vendors_category_idx, vendors_place_idx`);
    await q.query(`
      ALTER TABLE vendors DROP COLUMN address, DROP COLUMN latitude, DROP COLUMN longitude, DROP COLUMN phone, DROP COLUMN email,
        DROP COLUMN website, DROP COLUMN rating, DROP COLUMN review_count, DROP COLUMN rating_observed_at, DROP COLUMN revision, DROP COLUMN updated_at`);
  }
}

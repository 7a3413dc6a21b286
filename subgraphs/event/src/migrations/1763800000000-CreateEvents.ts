import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateEvents1763800000000 implements MigrationInterface {
  name = 'CreateEvents1763800000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE events (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        owner_id uuid NOT NULL,
        kind text NOT NULL CHECK (kind IN ('WEDDING', 'ENGAGEMENT', 'HENNA', 'OTHER')),
        title text NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
        date date NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    // "My events", soonest first, paged by (date, id).
    await q.query(`CREATE INDEX events_owner_date_idx ON events (owner_id, date, id)`);
    await q.query(`
      CREATE TABLE reviews (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        vendor_id uuid NOT NULL,
        author_id uuid NOT NULL,
        rating smallint NOT NULL CHECK (rating BETWEEN 1 AND 5),
        body text NOT NULL DEFAULT '',
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX reviews_vendor_idx ON reviews (vendor_id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE reviews, events`);
  }
}

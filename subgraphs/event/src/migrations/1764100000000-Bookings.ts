import type { MigrationInterface, QueryRunner } from 'typeorm';

const states = `'INQUIRY', 'QUOTED', 'COUNTER_OFFER', 'HELD', 'CONFIRMED', 'COMPLETED', 'DECLINED', 'EXPIRED', 'CANCELLED_BY_COUPLE', 'CANCELLED_BY_VENDOR'`;

export class Bookings1764100000000 implements MigrationInterface {
  name = 'Bookings1764100000000';

  async up(q: QueryRunner): Promise<void> {
    // Equality on uuid, date and int inside a GiST exclusion constraint.
    await q.query(`CREATE EXTENSION IF NOT EXISTS btree_gist`);

    await q.query(`
      ALTER TABLE events
        ADD COLUMN place_id uuid,
        ADD COLUMN guest_count int CHECK (guest_count BETWEEN 1 AND 100000),
        ADD COLUMN budget int CHECK (budget >= 0),
        ADD COLUMN partner_id uuid CHECK (partner_id <> owner_id)`);
    await q.query(`CREATE INDEX events_partner_date_idx ON events (partner_id, date, id) WHERE partner_id IS NOT NULL`);
    await q.query(`
      CREATE TABLE event_invitations (
        token_hash text PRIMARY KEY,
        event_id uuid NOT NULL REFERENCES events (id) ON DELETE CASCADE,
        email text NOT NULL,
        invited_by uuid NOT NULL,
        expires_at timestamptz NOT NULL,
        accepted_by uuid,
        accepted_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);

    // The event subgraph's copy of what it needs of each vendor, kept by vendor.vendorTermsChanged events.
    await q.query(`
      CREATE TABLE vendor_terms (
        vendor_id uuid PRIMARY KEY,
        owner_id uuid NOT NULL,
        status text NOT NULL,
        is_hall boolean NOT NULL,
        daily_capacity int NOT NULL CHECK (daily_capacity >= 1),
        offers jsonb NOT NULL DEFAULT '[]',
        revision int NOT NULL,
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX vendor_terms_owner_idx ON vendor_terms (owner_id)`);

    await q.query(`
      CREATE TABLE bookings (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        event_id uuid NOT NULL REFERENCES events (id),
        couple_id uuid NOT NULL,
        vendor_id uuid NOT NULL REFERENCES vendor_terms (vendor_id),
        date date NOT NULL,
        slot text NOT NULL CHECK (slot IN ('FULL_DAY', 'AFTERNOON', 'EVENING')),
        guest_count int NOT NULL CHECK (guest_count BETWEEN 1 AND 100000),
        offer_id uuid,
        message text NOT NULL DEFAULT '' CHECK (length(message) <= 4000),
        state text NOT NULL CHECK (state IN (${states})),
        offer_price int,
        price int CHECK (price >= 0),
        deposit_percent int CHECK (deposit_percent BETWEEN 0 AND 100),
        hold_days int CHECK (hold_days BETWEEN 1 AND 60),
        version int NOT NULL DEFAULT 1,
        timer_at timestamptz,
        idempotency_key text CHECK (length(idempotency_key) BETWEEN 1 AND 200),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (couple_id, idempotency_key)
      )`);
    await q.query(`CREATE INDEX bookings_event_idx ON bookings (event_id, created_at, id)`);
    await q.query(`CREATE INDEX bookings_vendor_idx ON bookings (vendor_id, created_at, id)`);
    await q.query(`CREATE INDEX bookings_open_idx ON bookings (vendor_id, date) WHERE state IN ('INQUIRY', 'QUOTED', 'COUNTER_OFFER')`);
    await q.query(`CREATE INDEX bookings_timer_idx ON bookings (timer_at) WHERE timer_at IS NOT NULL`);
    await q.query(`
      CREATE TABLE booking_history (
        id bigserial PRIMARY KEY,
        booking_id uuid NOT NULL REFERENCES bookings (id) ON DELETE CASCADE,
        state text NOT NULL CHECK (state IN (${states})),
        actor text NOT NULL CHECK (actor IN ('COUPLE', 'VENDOR', 'TIMER', 'SYSTEM')),
        actor_id uuid,
        note text,
        price int,
        at timestamptz NOT NULL DEFAULT clock_timestamp()
      )`);
    await q.query(`CREATE INDEX booking_history_booking_idx ON booking_history (booking_id, id)`);

    // What makes a double booking impossible: every held or booked slot (and every closed one) is a claim on one unit
    // of the vendor's capacity for a date, over a range of the day's halves (afternoon [0,1), evening [1,2), full day
    // [0,2)). Two claims on one unit may not overlap, whatever the transactions racing to write them.
    await q.query(`
      CREATE TABLE slot_claims (
        id bigserial PRIMARY KEY,
        vendor_id uuid NOT NULL,
        date date NOT NULL,
        unit int NOT NULL CHECK (unit >= 0),
        halves int4range NOT NULL,
        kind text NOT NULL CHECK (kind IN ('HELD', 'BOOKED', 'CLOSED')),
        booking_id uuid UNIQUE REFERENCES bookings (id) ON DELETE CASCADE,
        CHECK ((kind = 'CLOSED') = (booking_id IS NULL)),
        CONSTRAINT slot_claims_no_overlap EXCLUDE USING gist (vendor_id WITH =, date WITH =, unit WITH =, halves WITH &&)
      )`);

    // Domain events written in the transaction of their change, then relayed to BullMQ (job id: the row's id).
    await q.query(`
      CREATE TABLE outbox (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        queue text NOT NULL,
        job text NOT NULL,
        job_id text NOT NULL,
        payload jsonb NOT NULL,
        not_before timestamptz,
        created_at timestamptz NOT NULL DEFAULT clock_timestamp(),
        sent_at timestamptz
      )`);
    await q.query(`CREATE INDEX outbox_pending_idx ON outbox (created_at) WHERE sent_at IS NULL`);

    await q.query(`
      ALTER TABLE reviews
        ADD COLUMN booking_id uuid UNIQUE REFERENCES bookings (id),
        ADD COLUMN quality smallint CHECK (quality BETWEEN 1 AND 5),
        ADD COLUMN responsiveness smallint CHECK (responsiveness BETWEEN 1 AND 5),
        ADD COLUMN value smallint CHECK (value BETWEEN 1 AND 5),
        ADD COLUMN professionalism smallint CHECK (professionalism BETWEEN 1 AND 5),
        ADD COLUMN reply text,
        ADD COLUMN replied_at timestamptz,
        ADD COLUMN hidden_at timestamptz,
        ADD COLUMN hidden_reason text,
        ADD COLUMN hidden_by uuid,
        ADD COLUMN imported boolean NOT NULL DEFAULT false`);
    // Reviews from before bookings existed came from the old platform.
    await q.query(`UPDATE reviews SET imported = true`);
    await q.query(`CREATE INDEX reviews_vendor_newest_idx ON reviews (vendor_id, created_at DESC, id DESC) WHERE hidden_at IS NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX reviews_vendor_newest_idx`);
    await q.query(`
      ALTER TABLE reviews DROP COLUMN booking_id, DROP COLUMN quality, DROP COLUMN responsiveness, DROP COLUMN value,
        DROP COLUMN professionalism, DROP COLUMN reply, DROP COLUMN replied_at, DROP COLUMN hidden_at, DROP COLUMN hidden_reason,
        DROP COLUMN hidden_by, DROP COLUMN imported`);
    await q.query(`DROP TABLE outbox, slot_claims, booking_history, bookings, vendor_terms, event_invitations`);
    await q.query(`ALTER TABLE events DROP COLUMN place_id, DROP COLUMN guest_count, DROP COLUMN budget, DROP COLUMN partner_id`);
  }
}

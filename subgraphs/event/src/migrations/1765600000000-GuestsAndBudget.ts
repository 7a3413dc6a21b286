import type { MigrationInterface, QueryRunner } from 'typeorm';

export class GuestsAndBudget1765600000000 implements MigrationInterface {
  name = 'GuestsAndBudget1765600000000';

  async up(q: QueryRunner): Promise<void> {
    // One row per invited household; `seq` keeps the order they were added in (an imported sheet's order).
    await q.query(`
      CREATE TABLE guests (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        seq bigint GENERATED ALWAYS AS IDENTITY,
        event_id uuid NOT NULL REFERENCES events (id) ON DELETE CASCADE,
        name text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
        party_size int NOT NULL CHECK (party_size BETWEEN 1 AND 50),
        side text NOT NULL CHECK (side IN ('BRIDE', 'GROOM', 'BOTH')),
        tags text[] NOT NULL DEFAULT '{}',
        phone text CHECK (length(phone) <= 40),
        email text CHECK (length(email) <= 320),
        dietary_notes text CHECK (length(dietary_notes) <= 500),
        seating text CHECK (length(seating) <= 100),
        rsvp text NOT NULL DEFAULT 'PENDING' CHECK (rsvp IN ('PENDING', 'ATTENDING', 'DECLINED', 'MAYBE')),
        attending int CHECK (attending BETWEEN 0 AND party_size),
        rsvp_note text CHECK (length(rsvp_note) <= 1000),
        responded_at timestamptz,
        invitation_token text NOT NULL UNIQUE,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX guests_event_name_idx ON guests (event_id, name, id)`);
    await q.query(`CREATE INDEX guests_event_seq_idx ON guests (event_id, seq)`);

    // A budget line is planned by the couple, or made for a booking when its quote arrives; a booking fills at most one.
    await q.query(`
      CREATE TABLE budget_lines (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        event_id uuid NOT NULL REFERENCES events (id) ON DELETE CASCADE,
        category text NOT NULL,
        label text NOT NULL CHECK (length(label) BETWEEN 1 AND 200),
        planned int NOT NULL DEFAULT 0 CHECK (planned >= 0),
        booking_id uuid UNIQUE REFERENCES bookings (id) ON DELETE SET NULL,
        booking_state text,
        quoted int CHECK (quoted >= 0),
        deposit int CHECK (deposit >= 0),
        booking_version int NOT NULL DEFAULT 0,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX budget_lines_event_idx ON budget_lines (event_id, created_at, id)`);
    // The deposit a confirmation records carries its booking: recorded once, however often the job runs.
    await q.query(`
      CREATE TABLE budget_payments (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        line_id uuid NOT NULL REFERENCES budget_lines (id) ON DELETE CASCADE,
        amount int NOT NULL CHECK (amount > 0),
        paid_on date NOT NULL,
        note text CHECK (length(note) <= 500),
        deposit_of uuid UNIQUE,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX budget_payments_line_idx ON budget_payments (line_id, paid_on, id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE budget_payments, budget_lines, guests`);
  }
}

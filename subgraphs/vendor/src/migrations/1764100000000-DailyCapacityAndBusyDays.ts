import type { MigrationInterface, QueryRunner } from 'typeorm';

export class DailyCapacityAndBusyDays1764100000000 implements MigrationInterface {
  name = 'DailyCapacityAndBusyDays1764100000000';

  async up(q: QueryRunner): Promise<void> {
    // Events a vendor other than a hall takes on one day (a photographer's team, a caterer's kitchens).
    await q.query(`ALTER TABLE vendors ADD COLUMN daily_capacity int NOT NULL DEFAULT 1 CHECK (daily_capacity BETWEEN 1 AND 1000)`);
    // Search's copy of the days the event subgraph reports as taken, for `availableOn`; a day with no row is free.
    await q.query(`
      CREATE TABLE vendor_busy_days (
        vendor_id uuid NOT NULL REFERENCES vendors (id) ON DELETE CASCADE,
        date date NOT NULL,
        afternoon text NOT NULL CHECK (afternoon IN ('FREE', 'HELD', 'BOOKED', 'CLOSED')),
        evening text NOT NULL CHECK (evening IN ('FREE', 'HELD', 'BOOKED', 'CLOSED')),
        observed_at timestamptz NOT NULL,
        PRIMARY KEY (vendor_id, date)
      )`);
    await q.query(`CREATE INDEX vendor_busy_days_date_idx ON vendor_busy_days (date, vendor_id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE vendor_busy_days`);
    await q.query(`ALTER TABLE vendors DROP COLUMN daily_capacity`);
  }
}

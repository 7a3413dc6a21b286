import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The vendor's copy of its responsiveness (messaging computes it), like its rating copy. */
export class ResponseStats1764500000300 implements MigrationInterface {
  name = 'ResponseStats1764500000300';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE vendors
        ADD COLUMN median_reply_s int,
        ADD COLUMN reply_rate real,
        ADD COLUMN response_observed_at timestamptz`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE vendors DROP COLUMN median_reply_s, DROP COLUMN reply_rate, DROP COLUMN response_observed_at`);
  }
}

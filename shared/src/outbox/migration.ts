import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The outbox table `writeEvent` fills and the relay empties. Each subgraph that writes events carries its own
 * frozen copy of this migration (`<subgraph>/src/migrations/1764500000000-CreateOutbox.ts`); this one is the
 * kernel's reference, which its tests apply.
 */
export class CreateOutbox1764500000000 implements MigrationInterface {
  name = 'CreateOutbox1764500000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE outbox (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        seq bigint GENERATED ALWAYS AS IDENTITY,
        queue text NOT NULL,
        job text NOT NULL,
        payload jsonb NOT NULL,
        req_id text,
        created_at timestamptz NOT NULL DEFAULT now(),
        sent_at timestamptz
      )`);
    // The relay reads only what is still pending, oldest first; sent rows are pruned by age.
    await q.query(`CREATE INDEX outbox_pending_idx ON outbox (seq) WHERE sent_at IS NULL`);
    await q.query(`CREATE INDEX outbox_sent_idx ON outbox (sent_at) WHERE sent_at IS NOT NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE outbox`);
  }
}

/**
 * Events with a job id of their own and a time before which their job must not run (timers). The relay uses
 * these columns where it finds them; a subgraph that needs them carries a frozen copy of this migration.
 */
export class OutboxJobIdsAndDelays1765000000001 implements MigrationInterface {
  name = 'OutboxJobIdsAndDelays1765000000001';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE outbox ADD COLUMN job_id text, ADD COLUMN not_before timestamptz`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE outbox DROP COLUMN job_id, DROP COLUMN not_before`);
  }
}

import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The outbox table: domain events written with the changes they describe (`writeEvent` in `@zaffa/shared`)
 * wait here until the relay queues them.
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

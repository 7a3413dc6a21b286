import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The event subgraph's outbox becomes the kernel's (the shape of `CreateOutbox` and `OutboxJobIdsAndDelays`), so
 * the kernel relay sends its events. Pending events are carried over in the order they were written, with their
 * job ids and delays; sent ones, kept only for inspection, are not.
 */
export class KernelOutbox1765000000000 implements MigrationInterface {
  name = 'KernelOutbox1765000000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE outbox RENAME TO outbox_before_kernel`);
    await q.query(`DROP INDEX outbox_pending_idx`);
    await q.query(`
      CREATE TABLE outbox (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        seq bigint GENERATED ALWAYS AS IDENTITY,
        queue text NOT NULL,
        job text NOT NULL,
        payload jsonb NOT NULL,
        req_id text,
        created_at timestamptz NOT NULL DEFAULT now(),
        sent_at timestamptz,
        job_id text,
        not_before timestamptz
      )`);
    await q.query(`CREATE INDEX outbox_pending_idx ON outbox (seq) WHERE sent_at IS NULL`);
    await q.query(`CREATE INDEX outbox_sent_idx ON outbox (sent_at) WHERE sent_at IS NOT NULL`);
    await q.query(`
      INSERT INTO outbox (id, queue, job, payload, created_at, job_id, not_before)
      SELECT id, queue, job, payload, created_at, job_id, not_before FROM outbox_before_kernel
       WHERE sent_at IS NULL ORDER BY created_at, id`);
    await q.query(`DROP TABLE outbox_before_kernel`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE outbox RENAME TO outbox_kernel`);
    await q.query(`DROP INDEX outbox_pending_idx`);
    await q.query(`DROP INDEX outbox_sent_idx`);
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
      INSERT INTO outbox (id, queue, job, job_id, payload, not_before, created_at)
      SELECT id, queue, job, coalesce(job_id, id::text), payload, not_before, created_at FROM outbox_kernel
       WHERE sent_at IS NULL ORDER BY seq`);
    await q.query(`DROP TABLE outbox_kernel`);
  }
}

import { jobRegistry, type JobName, type JobPayload, type JobProducer, type Logger, type QueueName } from '@zaffa/shared';
import type { DataSource, EntityManager } from 'typeorm';

/**
 * Writes a domain event in the caller's transaction: it leaves with the change or not at all. `jobId` makes the
 * queued job unique (a redelivery is a no-op); `notBefore` delays it (timers).
 */
export async function emit<Q extends QueueName, J extends JobName<Q>>(
  m: EntityManager,
  queue: Q,
  job: J,
  payload: JobPayload<Q, J>,
  options: { jobId: string; notBefore?: Date | null },
): Promise<void> {
  const schema = jobRegistry[queue][job] as { parse(v: unknown): unknown };
  await m.query(`INSERT INTO outbox (queue, job, job_id, payload, not_before) VALUES ($1, $2, $3, $4, $5)`, [
    queue,
    job,
    options.jobId,
    JSON.stringify(schema.parse(payload)),
    options.notBefore ?? null,
  ]);
}

interface PendingRow {
  id: string;
  queue: QueueName;
  job: string;
  job_id: string;
  payload: Record<string, unknown>;
  delay_ms: number;
}

/**
 * Sends waiting domain events to BullMQ, oldest first, and marks them sent. Rows are locked with SKIP LOCKED, so
 * several relays (the subgraph after each commit, the workers' periodic one) never send one twice; the job id
 * is fixed, so a row sent again after a crash between send and mark is a no-op. Returns how many it sent.
 */
export async function relayOutbox(db: DataSource, jobs: JobProducer, limit = 500): Promise<number> {
  return db.transaction(async (m) => {
    const rows: PendingRow[] = await m.query(
      `SELECT id, queue, job, job_id, payload,
              greatest(0, coalesce(extract(epoch FROM not_before - clock_timestamp()) * 1000, 0))::float8 AS delay_ms
       FROM outbox WHERE sent_at IS NULL ORDER BY created_at LIMIT $1 FOR UPDATE SKIP LOCKED`,
      [limit],
    );
    if (rows.length === 0) return 0;
    await Promise.all(rows.map((r) => jobs.queue(r.queue).add(r.job, r.payload, { jobId: r.job_id, delay: Math.round(r.delay_ms) })));
    await m.query(`UPDATE outbox SET sent_at = now() WHERE id = ANY($1::uuid[])`, [rows.map((r) => r.id)]);
    return rows.length;
  });
}

/** After a commit: send what it wrote now; if Redis is away the periodic relay sends it later. */
export async function relaySoon(db: DataSource, jobs: JobProducer, log: Logger): Promise<void> {
  try {
    await relayOutbox(db, jobs);
  } catch (err) {
    log.warn({ err }, 'outbox relay failed; the periodic relay will send these events');
  }
}

/** Sent rows are kept a day for inspection, then removed. */
export async function pruneOutbox(db: DataSource): Promise<void> {
  await db.query(`DELETE FROM outbox WHERE sent_at < now() - interval '1 day'`);
}

import type { EntityManager } from 'typeorm';
import { requestScope } from '../logger.ts';
import { traceCarrier } from '../tracing/propagation.ts';
import { jobRegistry, type JobName, type JobPayload, type QueueName } from '../jobs/registry.ts';

/** The channel the relay listens on, so an event leaves as soon as its transaction commits. */
export const outboxChannel = 'outbox';

export interface WriteEventOptions {
  /** The event's id, which becomes its job id: give a deterministic one when the same change may be written twice. */
  id?: string;
  /**
   * A job id of the caller's own (`<bookingId>-timer-3`) instead of the event's id: BullMQ keeps one job per id, so
   * a second event with it while the first job waits is a no-op. No `:` (BullMQ refuses it). Needs the outbox's
   * `job_id` column (`OutboxJobIdsAndDelays`).
   */
  jobId?: string;
  /** The job runs no earlier than this (a timer); the event still leaves at commit, as a delayed job. Needs `not_before`. */
  notBefore?: Date | null;
}

/**
 * Records a domain event in the outbox with the change it describes. Call it with the transaction's manager:
 * the event exists exactly when the change commits, and the relay queues it as job `<queue>.<job>` (job id =
 * the event's id, or `jobId`; delayed until `notBefore`). The payload is checked against the job registry here, not when Redis is already gone.
 */
export async function writeEvent<Q extends QueueName, J extends JobName<Q>>(
  tx: EntityManager,
  queue: Q,
  job: J,
  payload: JobPayload<Q, J>,
  options: WriteEventOptions = {},
): Promise<string> {
  if (!tx.queryRunner?.isTransactionActive) throw new Error('writeEvent needs the manager of an open transaction');
  if (options.jobId !== undefined && (options.jobId === '' || options.jobId.includes(':')))
    throw new Error(`job id ${JSON.stringify(options.jobId)}: BullMQ ids must be non-empty and without ':'`);
  const schema = jobRegistry[queue][job] as { parse(v: unknown): unknown };
  const checked = schema.parse(payload) as object;
  // The trace goes on with the job, as `enqueue` sends it: the worker's span joins the request that caused it.
  const trace = traceCarrier();
  const values = [
    options.id ?? null,
    queue,
    job,
    JSON.stringify({ ...checked, ...(trace.traceparent ? { trace } : {}) }),
    requestScope.getStore()?.reqId ?? null,
  ];
  // The scheduling columns are named only when used: an outbox without them takes every other event.
  const scheduled = options.jobId !== undefined || options.notBefore != null;
  const rows = (await tx.query(
    scheduled
      ? `INSERT INTO outbox (id, queue, job, payload, req_id, job_id, not_before)
         VALUES (coalesce($1::uuid, gen_random_uuid()), $2, $3, $4, $5, $6, $7) ON CONFLICT (id) DO NOTHING RETURNING id`
      : `INSERT INTO outbox (id, queue, job, payload, req_id) VALUES (coalesce($1::uuid, gen_random_uuid()), $2, $3, $4, $5)
         ON CONFLICT (id) DO NOTHING RETURNING id`,
    scheduled ? [...values, options.jobId ?? null, options.notBefore ?? null] : values,
  )) as { id: string }[];
  // NOTIFY inside a transaction is delivered at commit, and not at all on rollback.
  await tx.query(`SELECT pg_notify($1, '')`, [outboxChannel]);
  return rows[0]?.id ?? options.id!;
}

/**
 * Records many events of one job in one statement, for changes made in bulk (a seed writes thousands of rows per
 * transaction): the same guarantees as `writeEvent`, each payload checked, each event given `id` when set.
 */
export async function writeEvents<Q extends QueueName, J extends JobName<Q>>(
  tx: EntityManager,
  queue: Q,
  job: J,
  events: { payload: JobPayload<Q, J>; id?: string }[],
): Promise<void> {
  if (!tx.queryRunner?.isTransactionActive) throw new Error('writeEvents needs the manager of an open transaction');
  if (events.length === 0) return;
  const schema = jobRegistry[queue][job] as { parse(v: unknown): unknown };
  const trace = traceCarrier();
  const payloads = events.map((e) => JSON.stringify({ ...(schema.parse(e.payload) as object), ...(trace.traceparent ? { trace } : {}) }));
  await tx.query(
    `INSERT INTO outbox (id, queue, job, payload, req_id)
     SELECT coalesce(e.id, gen_random_uuid()), $1, $2, e.payload, $3 FROM unnest($4::uuid[], $5::jsonb[]) WITH ORDINALITY AS e(id, payload, n)
     ORDER BY e.n
     ON CONFLICT (id) DO NOTHING`,
    [queue, job, requestScope.getStore()?.reqId ?? null, events.map((e) => e.id ?? null), payloads],
  );
  await tx.query(`SELECT pg_notify($1, '')`, [outboxChannel]);
}

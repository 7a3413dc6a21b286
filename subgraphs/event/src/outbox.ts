import { writeEvent, type JobName, type JobPayload, type QueueName } from '@zaffa/shared';
import type { EntityManager } from 'typeorm';

/**
 * Writes a domain event in the caller's transaction: it leaves with the change or not at all (the kernel outbox;
 * its relay sends it after the commit). `jobId` makes the queued job unique (a redelivery is a no-op; no `:`);
 * `notBefore` delays it (timers).
 */
export async function emit<Q extends QueueName, J extends JobName<Q>>(
  m: EntityManager,
  queue: Q,
  job: J,
  payload: JobPayload<Q, J>,
  options: { jobId: string; notBefore?: Date | null },
): Promise<void> {
  await writeEvent(m, queue, job, payload, { jobId: options.jobId, notBefore: options.notBefore ?? null });
}

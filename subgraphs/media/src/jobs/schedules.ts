import type { JobProducer } from '@zaffa/shared';

/** The recurring media jobs; upserting is idempotent, so every workers process may do it at start. */
export async function scheduleMediaJobs(jobs: JobProducer): Promise<void> {
  const queue = jobs.queue('media');
  await queue.upsertJobScheduler('media-expire', { every: 3600_000 }, { name: 'expire', data: {} });
  await queue.upsertJobScheduler('media-reconcile', { every: 60_000 }, { name: 'reconcile', data: {} });
}

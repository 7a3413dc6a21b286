import type { JobProducer } from '@zaffa/shared';

/** The recurring media jobs; upserting is idempotent, so every workers process may do it at start. */
export async function scheduleMediaJobs(jobs: JobProducer): Promise<void> {
  const queue = jobs.queue('media');
  await queue.upsertJobScheduler('media-expire', { every: 3600_000 }, { name: 'expire', data: {} });
  await queue.upsertJobScheduler('media-sweep', { every: 3600_000 }, { name: 'sweep', data: {} });
  // Uploads and their processing now commit together (the outbox): nothing is left for a reconciler to find.
  await queue.removeJobScheduler('media-reconcile');
}

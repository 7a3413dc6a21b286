import type { JobProducer, Logger } from '@zaffa/shared';
import type { MediaServices } from './services.ts';

/** How long an upload may wait in PENDING before the reconciler looks at its job. */
const stuckAfter = '2 minutes';

/**
 * `media.reconcile` (scheduled): a crash between writing a row and queueing its job, or a job that gave up,
 * must not leave an upload PENDING forever. Queues the job again (a no-op when it is still queued) or retries it.
 */
export function reconcileMedia(media: MediaServices, jobs: JobProducer, log: Logger) {
  return async (): Promise<{ requeued: number }> => {
    const stuck = (await media.db.query(
      `SELECT id FROM media WHERE status = 'PENDING' AND created_at < now() - interval '${stuckAfter}' ORDER BY created_at LIMIT 1000`,
    )) as { id: string }[];
    let requeued = 0;
    for (const { id } of stuck) {
      const jobId = `${id}-process`;
      const existing = await jobs.queue('media').getJob(jobId);
      if (!existing) {
        await jobs.enqueue('media', 'process', { mediaId: id }, { jobId });
        requeued++;
      } else if (await existing.isFailed()) {
        await existing.retry();
        requeued++;
      }
    }
    if (requeued > 0) log.warn({ requeued }, 'queued stuck uploads again');
    return { requeued };
  };
}

import type { SubgraphJobs } from '@zaffa/shared';
import { expireMedia } from './expire.ts';
import { processMedia } from './process.ts';
import { reconcileMedia } from './reconcile.ts';
import { scheduleMediaJobs } from './schedules.ts';
import { openMediaServices } from './services.ts';

/** The media subgraph's queue, `media`: processing uploads, expiring unattached ones, finishing stuck ones. */
export const mediaJobs: SubgraphJobs = async ({ env, log, jobs }) => {
  const media = await openMediaServices(env, log);
  await scheduleMediaJobs(jobs);
  return {
    handlers: {
      media: {
        process: processMedia(media, log),
        expire: expireMedia(media, log),
        reconcile: reconcileMedia(media, jobs, log),
      },
    },
    // Twice the image threads, so one job's file and database work overlaps another's decoding.
    concurrency: { media: media.threads * 2 },
    ready: () => media.db.query('SELECT 1'),
    close: () => media.close(),
  };
};

import { EventBus, type SubgraphJobs } from '@zaffa/shared';
import { attachToMessage } from './attachToMessage.ts';
import { eventOwnersChanged } from './eventOwnersChanged.ts';
import { expireMedia } from './expire.ts';
import { processGaveUp, processMedia } from './process.ts';
import { scheduleMediaJobs } from './schedules.ts';
import { sweepMedia } from './sweep.ts';
import { openMediaServices } from './services.ts';
import { vendorChanged } from './vendorChanged.ts';

/**
 * The media subgraph's queue, `media`: processing uploads, expiring unattached ones, attaching messages' photos,
 * and learning from vendor and event who may attach to and see their photos.
 */
export const mediaJobs: SubgraphJobs = async ({ env, log, jobs, metrics, redis, queuePrefix }) => {
  const media = await openMediaServices(env, log);
  metrics.watchPool(media.db);
  const events = new EventBus(redis, queuePrefix);
  return {
    handlers: {
      media: {
        process: processMedia(media, log, events),
        expire: expireMedia(media, log),
        sweep: sweepMedia(media, log),
        attachToMessage: attachToMessage(media, log, events),
        vendorChanged: vendorChanged(media),
        eventOwnersChanged: eventOwnersChanged(media),
      },
    },
    gaveUp: { media: { process: processGaveUp(media, log, events) } },
    schedule: () => scheduleMediaJobs(jobs),
    // Twice the image threads, so one job's file and database work overlaps another's decoding.
    concurrency: { media: media.threads * 2 },
    ready: () => media.db.query('SELECT 1'),
    close: () => media.close(),
  };
};

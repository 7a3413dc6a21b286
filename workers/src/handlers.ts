import type { JobHandlers } from '@zaffa/shared';
import type { WorkerDeps } from './deps.ts';
import { expireMedia } from './media/expire.ts';
import { processMedia } from './media/process.ts';
import { reconcileMedia } from './media/reconcile.ts';

/** One handler for every job in the registry; `startConsumers` refuses to boot otherwise. */
export function createHandlers({ log, jobs, media }: WorkerDeps): JobHandlers {
  return {
    media: {
      process: processMedia(media, log),
      expire: expireMedia(media, log),
      reconcile: reconcileMedia(media, jobs, log),
    },
  };
}

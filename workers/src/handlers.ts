import { eventJobHandlers } from '@zaffa/event';
import type { JobHandlers } from '@zaffa/shared';
import type { WorkerDeps } from './deps.ts';
import { expireMedia } from './media/expire.ts';
import { processMedia } from './media/process.ts';
import { reconcileMedia } from './media/reconcile.ts';
import { searchHandlers } from './search.ts';
import { vendorHandlers } from './vendor.ts';

/** One handler for every job in the registry; `startConsumers` refuses to boot otherwise. */
export function createHandlers(deps: WorkerDeps): JobHandlers {
  const { log, jobs, media } = deps;
  return {
    search: searchHandlers(deps),
    vendor: vendorHandlers(deps),
    event: eventJobHandlers({ db: deps.eventDb, jobs, log, settings: deps.eventSettings }),
    media: {
      process: processMedia(media, log),
      expire: expireMedia(media, log),
      reconcile: reconcileMedia(media, jobs, log),
    },
  };
}

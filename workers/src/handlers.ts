import type { JobHandlers } from '@zaffa/shared';
import type { WorkerDeps } from './deps.ts';
import { expireMedia } from './media/expire.ts';
import { processMedia } from './media/process.ts';
import { reconcileMedia } from './media/reconcile.ts';
import { searchHandlers } from './search.ts';
import { vendorHandlers } from './vendor.ts';

/** One handler for every job in the registry; `startConsumers` refuses to boot otherwise. */
export function createHandlers(deps: WorkerDeps): JobHandlers {
  const { log, jobs, media, events } = deps;
  return {
    search: searchHandlers(deps),
    vendor: vendorHandlers(deps),
    media: {
      process: processMedia(media, log, events),
      expire: expireMedia(media, log),
      reconcile: reconcileMedia(media, jobs, log),
    },
  };
}

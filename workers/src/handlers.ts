import type { JobHandlers } from '@zaffa/shared';
import type { WorkerDeps } from './deps.ts';
import { searchHandlers } from './search.ts';
import { vendorHandlers } from './vendor.ts';

/** One handler for every job in the registry; `startConsumers` refuses to boot otherwise. */
export function createHandlers(deps: WorkerDeps): JobHandlers {
  return {
    search: searchHandlers(deps),
    vendor: vendorHandlers(deps),
  };
}

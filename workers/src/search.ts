import { rebuildIndex, reconcileIndex, reindexVendor } from '@zaffa/vendor';
import type { JobHandlers } from '@zaffa/shared';
import type { WorkerDeps } from './deps.ts';

/** The search index's jobs: one vendor at a time as it changes, all of it on demand, and a periodic catch-up. */
export function searchHandlers({ vendorDb, log }: WorkerDeps): JobHandlers['search'] {
  return {
    reindexVendor: async ({ vendorId }) => ({ vendorId, outcome: await reindexVendor(vendorDb, vendorId) }),
    rebuildIndex: () => rebuildIndex(vendorDb, log),
    reconcileIndex: async () => {
      const result = await reconcileIndex(vendorDb);
      if (result.reindexed > 0) log.warn(result, 'search index had fallen behind; caught up');
      return result;
    },
  };
}

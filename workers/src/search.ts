import { rebuildIndex, reconcileIndex, reindexVendor } from '@zaffa/vendor';
import type { JobHandlers } from '@zaffa/shared';
import type { WorkerDeps } from './deps.ts';

/**
 * The search index's jobs: one vendor at a time as it changes, all of it on demand, and a periodic catch-up.
 * Each bumps the catalogue generation once the index has changed, so cached searches find the change at once.
 */
export function searchHandlers({ vendorDb, log, searchGeneration }: WorkerDeps): JobHandlers['search'] {
  return {
    reindexVendor: async ({ vendorId }) => {
      const outcome = await reindexVendor(vendorDb, vendorId);
      await searchGeneration.bump();
      return { vendorId, outcome };
    },
    rebuildIndex: async () => {
      const result = await rebuildIndex(vendorDb, log);
      if (!('skipped' in result)) await searchGeneration.bump();
      return result;
    },
    reconcileIndex: async () => {
      const result = await reconcileIndex(vendorDb);
      if (result.reindexed > 0) {
        log.warn(result, 'search index had fallen behind; caught up');
        await searchGeneration.bump();
      }
      return result;
    },
  };
}

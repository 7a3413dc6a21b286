import type { JobHandlers } from '@zaffa/shared';
import { rebuildIndex, reconcileIndex, reindexVendor } from '../search/indexer.ts';
import type { VendorJobDeps } from './deps.ts';

/**
 * The search index's jobs: one vendor at a time as it changes, all of it on demand, and a periodic catch-up.
 * Each bumps the catalogue generation once the index has changed, so cached searches find the change at once.
 */
export function searchHandlers({ db, log, searchGeneration }: VendorJobDeps): JobHandlers['search'] {
  return {
    reindexVendor: async ({ vendorId }) => {
      const outcome = await reindexVendor(db, vendorId);
      await searchGeneration.bump();
      return { vendorId, outcome };
    },
    rebuildIndex: async () => {
      const result = await rebuildIndex(db, log);
      if (!('skipped' in result)) await searchGeneration.bump();
      return result;
    },
    reconcileIndex: async () => {
      const result = await reconcileIndex(db);
      if (result.reindexed > 0) {
        log.warn(result, 'search index had fallen behind; caught up');
        await searchGeneration.bump();
      }
      return result;
    },
  };
}

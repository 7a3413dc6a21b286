import { applyAvailabilityChange, applyRatingChange, reindexVendor } from '@zaffa/vendor';
import type { JobHandlers } from '@zaffa/shared';
import type { WorkerDeps } from './deps.ts';

/** Domain events other subgraphs send the vendor subgraph. */
export function vendorHandlers({ vendorDb, searchGeneration }: WorkerDeps): JobHandlers['vendor'] {
  return {
    // Rating is a search filter and sort: the index row follows in the same job, and cached searches are retired.
    ratingChanged: async (change) => {
      const changed = await applyRatingChange(vendorDb, change);
      if (!changed) return { changed, index: null };
      const index = await reindexVendor(vendorDb, change.vendorId);
      await searchGeneration.bump();
      return { changed, index };
    },
    // Read straight by search's availableOn filter, so cached searches are retired with it.
    availabilityChanged: async (change) => {
      const changed = await applyAvailabilityChange(vendorDb, change);
      if (changed) await searchGeneration.bump();
      return { changed };
    },
  };
}

import type { JobHandlers } from '@zaffa/shared';
import { applyRatingChange, applyResponseStatsChange } from '../ratings.ts';
import { reindexVendor } from '../search/indexer.ts';
import { reconcileTerms } from '../catalogue/announceTerms.ts';
import { applyAvailabilityChange } from './availabilityChanged.ts';
import type { VendorJobDeps } from './deps.ts';

/** Domain events other subgraphs send the vendor subgraph. */
export function vendorHandlers({ db, jobs, searchGeneration, reconcileEveryMs }: VendorJobDeps): JobHandlers['vendor'] {
  return {
    // Twice the interval: a job lost between two runs is always within the window of the next one.
    reconcileTerms: () => reconcileTerms(db, jobs, 2 * reconcileEveryMs),
    // Rating is a search filter and sort: the index row follows in the same job, and cached searches are retired.
    ratingChanged: async (change) => {
      const changed = await applyRatingChange(db, change);
      if (!changed) return { changed, index: null };
      const index = await reindexVendor(db, change.vendorId);
      await searchGeneration.bump();
      return { changed, index };
    },
    responseStatsChanged: async (change) => {
      const changed = await applyResponseStatsChange(db, change);
      if (!changed) return { changed, index: null };
      const index = await reindexVendor(db, change.vendorId);
      await searchGeneration.bump();
      return { changed, index };
    },
    // Read straight by search's availableOn filter, so cached searches are retired with it.
    availabilityChanged: async (change) => {
      const changed = await applyAvailabilityChange(db, change);
      if (changed) await searchGeneration.bump();
      return { changed };
    },
  };
}

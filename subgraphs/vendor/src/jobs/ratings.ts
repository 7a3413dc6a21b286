import type { JobHandlers } from '@zaffa/shared';
import { applyRatingChange } from '../ratings.ts';
import { reindexVendor } from '../search/indexer.ts';
import type { VendorJobDeps } from './deps.ts';

/** Domain events other subgraphs send the vendor subgraph. */
export function vendorHandlers({ db, searchGeneration }: VendorJobDeps): JobHandlers['vendor'] {
  return {
    // Rating is a search filter and sort: the index row follows in the same job, and cached searches are retired.
    ratingChanged: async (change) => {
      const changed = await applyRatingChange(db, change);
      if (!changed) return { changed, index: null };
      const index = await reindexVendor(db, change.vendorId);
      await searchGeneration.bump();
      return { changed, index };
    },
  };
}

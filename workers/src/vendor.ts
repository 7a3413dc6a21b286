import { applyRatingChange, reindexVendor } from '@zaffa/vendor';
import type { JobHandlers } from '@zaffa/shared';
import type { WorkerDeps } from './deps.ts';

/** Domain events other subgraphs send the vendor subgraph. */
export function vendorHandlers({ vendorDb }: WorkerDeps): JobHandlers['vendor'] {
  return {
    // Rating is a search filter and sort: the index row follows in the same job.
    ratingChanged: async (change) => {
      const changed = await applyRatingChange(vendorDb, change);
      return { changed, index: changed ? await reindexVendor(vendorDb, change.vendorId) : null };
    },
  };
}

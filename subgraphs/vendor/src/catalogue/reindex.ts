import type { VendorDeps } from '../context.ts';
import { searchGeneration } from '../search/generation.ts';
import { announceTerms } from './announceTerms.ts';

/**
 * Asks the workers to bring the vendor's index row up to date, and retires cached search answers at once (the
 * fallback reads the catalogue itself, so it sees the change before the reindex). The job id names the revision,
 * so a retried request is a no-op while a newer change still gets its own job. What cannot reach Redis is logged
 * and left to the periodic reconciliation and the cache's lifetime: the change itself is saved either way.
 */
export async function requestReindex(deps: VendorDeps, vendor: { id: string; revision: number }): Promise<void> {
  try {
    await deps.jobs.enqueue('search', 'reindexVendor', { vendorId: vendor.id }, { jobId: `${vendor.id}-reindex-${vendor.revision}` });
  } catch (err) {
    deps.log.error({ err, vendorId: vendor.id }, 'could not queue a search reindex; reconciliation will catch it up');
  }
  try {
    await announceTerms(deps, vendor.id);
  } catch (err) {
    deps.log.error({ err, vendorId: vendor.id }, "could not tell the event subgraph the vendor's booking terms");
  }
  try {
    await searchGeneration(deps.redis, deps.settings.QUEUE_PREFIX).bump();
  } catch (err) {
    deps.log.error({ err, vendorId: vendor.id }, 'could not retire cached searches; they expire by themselves');
  }
}

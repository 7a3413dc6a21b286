import type { SubgraphDeps } from '@zaffa/shared';

/**
 * Asks the workers to bring the vendor's index row up to date. The job id names the revision, so a retried
 * request is a no-op while a newer change still gets its own job. A request that cannot be queued is logged
 * and left to the periodic reconciliation: the change itself is saved either way.
 */
export async function requestReindex(deps: SubgraphDeps, vendor: { id: string; revision: number }): Promise<void> {
  try {
    await deps.jobs.enqueue('search', 'reindexVendor', { vendorId: vendor.id }, { jobId: `${vendor.id}-reindex-${vendor.revision}` });
  } catch (err) {
    deps.log.error({ err, vendorId: vendor.id }, 'could not queue a search reindex; reconciliation will catch it up');
  }
}

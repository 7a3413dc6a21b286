import type { GaveUpHandlers, JobHandlers, OpenJobs } from '@zaffa/shared';

/**
 * One handler set from the subgraphs' own: a job two subgraphs both handle is refused here, naming it, and a
 * job none handles is refused by `startConsumers`, so the workers never boot with one missing or doubled.
 */
export function combineHandlers(sets: readonly OpenJobs['handlers'][]): JobHandlers {
  const combined: Record<string, Record<string, unknown>> = {};
  const doubled: string[] = [];
  for (const set of sets) {
    for (const [queue, handlers] of Object.entries(set)) {
      const into = (combined[queue] ??= {});
      for (const [job, handler] of Object.entries(handlers as Record<string, unknown>)) {
        if (job in into) doubled.push(`${queue}.${job}`);
        into[job] = handler;
      }
    }
  }
  if (doubled.length > 0) throw new Error(`Job handlers do not match the registry: two handlers for ${doubled.join(', ')}`);
  return combined as JobHandlers;
}

/** The subgraphs' handlers of jobs given up, in one set; each job's is its owner's, so none are doubled. */
export function combineGaveUp(sets: readonly GaveUpHandlers[]): GaveUpHandlers {
  const combined: Record<string, Record<string, unknown>> = {};
  for (const set of sets) for (const [queue, handlers] of Object.entries(set)) Object.assign((combined[queue] ??= {}), handlers);
  return combined as GaveUpHandlers;
}

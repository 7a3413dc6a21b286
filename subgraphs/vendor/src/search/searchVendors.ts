import { badInput } from '@zaffa/shared';
import type { VendorDeps } from '../context.ts';
import type { Loaders } from '../loaders.ts';
import { encodeSearchCursor } from './cursor.ts';
import type { QueryVendorsArgs } from '../__generated__/resolvers-types.ts';
import { planSearch, type SearchPlan } from './plan.ts';
import { runSearch } from './run.ts';
import type { SearchAnswer, SearchCache } from './searchCache.ts';
import { fallbackSource, indexSource } from './sources.ts';
import { textQuery } from './textQuery.ts';
import type { SearchMode, VendorSearchResult } from './types.ts';

/**
 * `Query.vendors`: answers from the search index, and when the index cannot answer (missing, broken, half
 * swapped) from the catalogue's own tables, saying so in `searchMode`, a warning and a metric. The ids, counts
 * and mode may come from the cache; the vendors themselves are always read afresh.
 */
export async function searchVendors(
  args: QueryVendorsArgs,
  deps: VendorDeps,
  loaders: Loaders,
  cache: SearchCache,
): Promise<VendorSearchResult> {
  const plan = await planSearch(args, loaders);
  const { mode, page } = await cache.through(plan, () => computeAnswer(plan, deps));
  checkCursorMode(plan, mode);

  // The index may lag a change by a moment: a vendor unpublished since it was indexed is left out.
  const vendors = await loaders.vendor.loadMany(page.rows.map((r) => r.id));
  const edges = page.rows.flatMap((row, i) => {
    const node = vendors[i];
    if (!node || node instanceof Error || node.status !== 'PUBLISHED') return [];
    return [{ node, cursor: encodeSearchCursor({ sort: plan.sort, mode, key: row.key, id: row.id }) }];
  });
  const last = page.rows.at(-1);
  return {
    totalCount: page.totalCount,
    edges,
    pageInfo: {
      hasNextPage: page.hasNextPage,
      endCursor: last ? encodeSearchCursor({ sort: plan.sort, mode, key: last.key, id: last.id }) : null,
    },
    facets: page.facets,
    searchMode: mode,
  };
}

async function computeAnswer(plan: SearchPlan, deps: VendorDeps): Promise<SearchAnswer> {
  try {
    return { mode: 'INDEX', page: await runSearch(deps.db, plan, indexSource(await textQuery(deps.db, plan.terms))) };
  } catch (err) {
    const reason = (err as { code?: string }).code ?? 'unknown';
    deps.log.warn({ err, reason }, 'search index cannot answer; answering from the catalogue tables');
    deps.metrics.degradedAnswers.inc({ feature: 'vendor_search', reason });
    checkCursorMode(plan, 'FALLBACK');
    return { mode: 'FALLBACK', page: await runSearch(deps.db, plan, fallbackSource(plan.terms)) };
  }
}

/** Relevance scores of the two modes are not comparable, so a relevance cursor only continues in the mode that made it. */
function checkCursorMode(plan: SearchPlan, mode: SearchMode): void {
  if (plan.after && plan.sort === 'RELEVANCE' && plan.after.mode !== mode) {
    throw badInput('after', `the search now answers in ${mode} mode; start again from the first page`);
  }
}

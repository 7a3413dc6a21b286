import { badInput, type SubgraphDeps } from '@zaffa/shared';
import type { Loaders } from '../loaders.ts';
import { encodeSearchCursor } from './cursor.ts';
import { planSearch, type SearchArgs, type SearchPlan } from './plan.ts';
import { runSearch, type SearchPage } from './run.ts';
import { fallbackSource, indexSource } from './sources.ts';
import { textQuery } from './textQuery.ts';
import type { SearchMode, VendorSearchResult } from './types.ts';

/**
 * `Query.vendors`: answers from the search index, and when the index cannot answer (missing, broken, half
 * swapped) from the catalogue's own tables, saying so in `searchMode`, a warning and a metric.
 */
export async function searchVendors(args: SearchArgs, deps: SubgraphDeps, loaders: Loaders): Promise<VendorSearchResult> {
  const plan = await planSearch(args, loaders);
  let mode: SearchMode = 'INDEX';
  let page: SearchPage;
  try {
    page = await runSearch(deps.db, plan, indexSource(await textQuery(deps.db, plan.terms)));
  } catch (err) {
    const reason = (err as { code?: string }).code ?? 'unknown';
    deps.log.warn({ err, reason }, 'search index cannot answer; answering from the catalogue tables');
    deps.metrics.degradedAnswers.inc({ feature: 'vendor_search', reason });
    mode = 'FALLBACK';
    checkCursorMode(plan, mode);
    page = await runSearch(deps.db, plan, fallbackSource(plan.terms));
  }
  if (mode === 'INDEX') checkCursorMode(plan, mode);

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
    pageInfo: { hasNextPage: page.hasNextPage, endCursor: last ? encodeSearchCursor({ sort: plan.sort, mode, key: last.key, id: last.id }) : null },
    facets: page.facets,
    searchMode: mode,
  };
}

/** Relevance scores of the two modes are not comparable, so a relevance cursor only continues in the mode that made it. */
function checkCursorMode(plan: SearchPlan, mode: SearchMode): void {
  if (plan.after && plan.sort === 'RELEVANCE' && plan.after.mode !== mode) {
    throw badInput('after', `the search now answers in ${mode} mode; start again from the first page`);
  }
}

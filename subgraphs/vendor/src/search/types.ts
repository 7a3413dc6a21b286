import type { VendorRow } from '../entities/Vendor.ts';

export type SearchMode = 'INDEX' | 'FALLBACK';

export interface CategoryFacetRow {
  categoryId: string;
  count: number;
}

/** What `Query.vendors` answers: a Relay connection plus the facet counts and where the answer came from. */
export interface VendorSearchResult {
  totalCount: number;
  edges: { cursor: string; node: VendorRow }[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  facets: CategoryFacetRow[];
  searchMode: SearchMode;
}

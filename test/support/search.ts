import type { Stack } from './stack.ts';

export interface SearchAnswer {
  totalCount: number;
  searchMode: 'INDEX' | 'FALLBACK';
  facets: { category: { slug: string }; count: number }[];
  edges: { cursor: string; node: { id: string; name: string } }[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

const searchQuery = `query Search($filter: VendorFilter, $sort: VendorSort, $first: Int, $after: String) {
  vendors(filter: $filter, sort: $sort, first: $first, after: $after) {
    totalCount searchMode
    facets { category { slug } count }
    edges { cursor node { id name } }
    pageInfo { hasNextPage endCursor }
  }
}`;

/** One search through the gateway; throws on errors so a test reads the answer directly. */
export async function search(stack: Stack, variables: Record<string, unknown>): Promise<SearchAnswer> {
  const { body } = await stack.query<{ vendors: SearchAnswer }>(searchQuery, variables);
  if (body.errors?.length) throw Object.assign(new Error(body.errors[0]!.message), { errors: body.errors });
  return body.data!.vendors;
}

export async function names(stack: Stack, variables: Record<string, unknown>): Promise<string[]> {
  return (await search(stack, { first: 100, ...variables })).edges.map((e) => e.node.name);
}

/** Every page of a search, `first` at a time, following the cursors. */
export async function allPages(
  stack: Stack,
  variables: Record<string, unknown>,
  first: number,
): Promise<{ names: string[]; pages: number }> {
  const found: string[] = [];
  let after: string | null = null;
  let pages = 0;
  do {
    const answer: SearchAnswer = await search(stack, { ...variables, first, after });
    found.push(...answer.edges.map((e) => e.node.name));
    after = answer.pageInfo.hasNextPage ? answer.pageInfo.endCursor : null;
    pages++;
  } while (after && pages < 100);
  return { names: found, pages };
}

/** The error a search answers with, for the tests of bad input. */
export async function searchError(stack: Stack, variables: Record<string, unknown>) {
  const { body } = await stack.query(searchQuery, variables);
  return body.errors?.[0];
}

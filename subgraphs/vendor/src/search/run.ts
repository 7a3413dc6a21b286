import type { DataSource } from 'typeorm';
import { SqlParams } from './params.ts';
import type { SearchPlan } from './plan.ts';
import { sorts, type SortColumns } from './sorts.ts';
import type { SearchSource } from './sources.ts';
import type { CategoryFacetRow } from './types.ts';
import { filterConditions, nearPoint } from './where.ts';

export interface SearchPage {
  facets: CategoryFacetRow[];
  totalCount: number;
  /** The page's vendor ids in order, with each one's sort key as Postgres printed it. */
  rows: { id: string; key: string }[];
  hasNextPage: boolean;
}

/** Two statements, run side by side: per-category counts (which also give the total) and the page of ids. */
export async function runSearch(db: DataSource, plan: SearchPlan, src: SearchSource): Promise<SearchPage> {
  const [facetRows, pageRows] = await Promise.all([facets(db, plan, src), page(db, plan, src)]);
  const facetList = facetRows.map((r) => ({ categoryId: r.category_id, count: r.count }));
  const selected = plan.categoryIds ? new Set(plan.categoryIds) : null;
  const totalCount = facetList.filter((f) => !selected || selected.has(f.categoryId)).reduce((sum, f) => sum + f.count, 0);
  return { facets: facetList, totalCount, rows: pageRows.slice(0, plan.first), hasNextPage: pageRows.length > plan.first };
}

function facets(db: DataSource, plan: SearchPlan, src: SearchSource): Promise<{ category_id: string; count: number }[]> {
  const p = new SqlParams();
  const where = filterConditions(plan, src, p, { categories: false });
  return db.query(
    `SELECT ${src.categoryId} AS category_id, count(*)::int AS count FROM ${src.from} WHERE ${where.join(' AND ')} GROUP BY 1 ORDER BY 2 DESC, 1`,
    p.values,
  );
}

function page(db: DataSource, plan: SearchPlan, src: SearchSource): Promise<{ id: string; key: string }[]> {
  const p = new SqlParams();
  const where = filterConditions(plan, src, p, { categories: true });
  const spec = sorts[plan.sort];
  const columns: SortColumns = {
    rank: () => src.textRank(p),
    rating: src.rating,
    priceMin: src.priceMin,
    createdAt: src.createdAt,
    medianReplySeconds: src.medianReplySeconds,
    distance: () => (plan.near ? `(earth_distance(${nearPoint(plan.near, p)}, ${src.earth}))` : '(0::float8)'),
  };
  const key = spec.key(columns);
  if (plan.after) {
    const comparison = spec.direction === 'DESC' ? '<' : '>';
    where.push(`(${key}, ${src.id}) ${comparison} (${p.add(plan.after.key)}::${spec.type}, ${p.add(plan.after.id)}::uuid)`);
  }
  return db.query(
    `SELECT ${src.id} AS id, ${key}::text AS key FROM ${src.from} WHERE ${where.join(' AND ')}
     ORDER BY ${key} ${spec.direction}, ${src.id} ${spec.direction} LIMIT ${plan.first + 1}`,
    p.values,
  );
}

import type { SqlParams } from './params.ts';
import type { SearchPlan } from './plan.ts';
import type { SearchSource } from './sources.ts';

/** The WHERE conditions of a plan over a source. Facets leave the category filter out, so the other categories keep their counts. */
export function filterConditions(plan: SearchPlan, src: SearchSource, p: SqlParams, options: { categories: boolean }): string[] {
  const conditions = [src.base];
  const text = src.textMatch(p);
  if (text) conditions.push(text);
  if (options.categories && plan.categoryIds) conditions.push(categoryCondition(src.categoryId, plan.categoryIds, p));
  if (plan.place?.kind === 'COMMUNE') conditions.push(`${src.communeId} = ${p.add(plan.place.id)}`);
  if (plan.place?.kind === 'WILAYA') conditions.push(`${src.wilayaId} = ${p.add(plan.place.id)}`);
  if (plan.near) {
    const here = nearPoint(plan.near, p);
    const radius = p.add(plan.near.radiusMeters);
    const there = src.earth;
    // The cube box uses the GiST index; the exact great-circle distance then trims its corners.
    conditions.push(`earth_box(${here}, ${radius}) @> ${there}`, `earth_distance(${here}, ${there}) <= ${radius}`);
  }
  if (plan.maxPrice !== null) conditions.push(`${src.priceMin} <= ${p.add(plan.maxPrice)}`);
  if (plan.minCapacity !== null) conditions.push(`${src.capacity} >= ${p.add(plan.minCapacity)}`);
  if (plan.minRating !== null) conditions.push(`${src.rating} >= ${p.add(plan.minRating)}`);
  if (plan.maxMedianReplySeconds !== null) {
    // The response sort's expression (no figures read as the longest wait), so the index serving the sort serves the filter.
    conditions.push(`coalesce(${src.medianReplySeconds}, 2147483647) <= ${p.add(plan.maxMedianReplySeconds)}`);
  }
  if (plan.minReplyRate !== null) conditions.push(`${src.replyRate} >= ${p.add(plan.minReplyRate)}`);
  if (plan.availableOn) conditions.push(availableCondition(src.id, plan.availableOn, p));
  return conditions;
}

const takenHalves = {
  AFTERNOON: `b.afternoon <> 'FREE'`,
  EVENING: `b.evening <> 'FREE'`,
  FULL_DAY: `(b.afternoon <> 'FREE' OR b.evening <> 'FREE')`,
};

/** Free on the date and slot: no busy day reported for the vendor that takes that slot's halves. */
function availableCondition(id: string, on: NonNullable<SearchPlan['availableOn']>, p: SqlParams): string {
  return `NOT EXISTS (SELECT 1 FROM vendor_busy_days b WHERE b.vendor_id = ${id} AND b.date = ${p.add(on.date)}::date AND ${takenHalves[on.slot]})`;
}

/** One category as plain equality: Postgres reads an index on (category, sort key) in order for `=`, not for `= ANY`. */
function categoryCondition(column: string, ids: string[], p: SqlParams): string {
  return ids.length === 1 ? `${column} = ${p.add(ids[0])}::uuid` : `${column} = ANY(${p.add(ids)}::uuid[])`;
}

export function nearPoint(near: { lat: number; lng: number }, p: SqlParams): string {
  return `ll_to_earth(${p.add(near.lat)}::float8, ${p.add(near.lng)}::float8)`;
}

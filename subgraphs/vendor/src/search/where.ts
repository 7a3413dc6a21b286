import type { SqlParams } from './params.ts';
import type { SearchPlan } from './plan.ts';
import type { SearchSource } from './sources.ts';

/** The WHERE conditions of a plan over a source. Facets leave the category filter out, so the other categories keep their counts. */
export function filterConditions(plan: SearchPlan, src: SearchSource, p: SqlParams, options: { categories: boolean }): string[] {
  const conditions = [src.base];
  const text = src.textMatch(p);
  if (text) conditions.push(text);
  if (options.categories && plan.categoryIds) conditions.push(`${src.categoryId} = ANY(${p.add(plan.categoryIds)}::uuid[])`);
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
  return conditions;
}

export function nearPoint(near: { lat: number; lng: number }, p: SqlParams): string {
  return `ll_to_earth(${p.add(near.lat)}::float8, ${p.add(near.lng)}::float8)`;
}

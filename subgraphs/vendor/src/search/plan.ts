import { badInput, isUuid, pageSize } from '@zaffa/shared';
import { z } from 'zod';
import type { PlaceKind } from '../entities/Place.ts';
import type { Loaders } from '../loaders.ts';
import { decodeSearchCursor, type SearchCursor } from './cursor.ts';
import type { SortName } from './sorts.ts';

export type Slot = 'FULL_DAY' | 'AFTERNOON' | 'EVENING';

export interface SearchArgs {
  filter?: {
    text?: string | null;
    categoryIds?: readonly string[] | null;
    placeId?: string | null;
    near?: { lat: number; lng: number; radiusKm: number } | null;
    maxPrice?: number | null;
    minCapacity?: number | null;
    minRating?: number | null;
    availableOn?: { date: string; slot: Slot } | null;
  } | null;
  sort?: SortName | null;
  first?: number | null;
  after?: string | null;
}

/** A search request checked and resolved: everything the SQL of either search mode needs. */
export interface SearchPlan {
  /** Words of the text filter, as typed; the database normalizes them. */
  terms: string[];
  categoryIds: string[] | null;
  place: { id: string; kind: PlaceKind } | null;
  near: { lat: number; lng: number; radiusMeters: number } | null;
  maxPrice: number | null;
  minCapacity: number | null;
  minRating: number | null;
  availableOn: { date: string; slot: Slot } | null;
  sort: SortName;
  first: number;
  after: SearchCursor | null;
}

const MAX_TERMS = 8;
const MAX_RADIUS_KM = 1000;

/** Checks a search request, naming the first bad field, and resolves the place it names. */
export async function planSearch(args: SearchArgs, loaders: Loaders): Promise<SearchPlan> {
  const filter = args.filter ?? {};
  const first = pageSize(args.first);
  const text = filter.text ?? '';
  if (text.length > 200) throw badInput('filter.text', 'text must be at most 200 characters');
  // Marks stay in words: Arabic vowel signs are marks, and the database strips them.
  const terms = [...new Set(text.split(/[^\p{L}\p{M}\p{N}]+/u).filter((t) => /[\p{L}\p{N}]/u.test(t)))].slice(0, MAX_TERMS);

  if (filter.categoryIds && !filter.categoryIds.every(isUuid)) throw badInput('filter.categoryIds', 'categoryIds must be category ids');
  const categoryIds = filter.categoryIds && filter.categoryIds.length > 0 ? [...filter.categoryIds] : null;

  let place: SearchPlan['place'] = null;
  if (filter.placeId) {
    const row = isUuid(filter.placeId) ? await loaders.place.load(filter.placeId) : null;
    if (!row) throw badInput('filter.placeId', 'placeId names no place');
    place = { id: row.id, kind: row.kind };
  }

  let near: SearchPlan['near'] = null;
  if (filter.near) {
    const { lat, lng, radiusKm } = filter.near;
    if (!(lat >= -90 && lat <= 90)) throw badInput('filter.near.lat', 'lat must be between -90 and 90');
    if (!(lng >= -180 && lng <= 180)) throw badInput('filter.near.lng', 'lng must be between -180 and 180');
    if (!(radiusKm > 0 && radiusKm <= MAX_RADIUS_KM))
      throw badInput('filter.near.radiusKm', `radiusKm must be above 0 and at most ${MAX_RADIUS_KM}`);
    near = { lat, lng, radiusMeters: radiusKm * 1000 };
  }

  const maxPrice = filter.maxPrice ?? null;
  if (maxPrice !== null && maxPrice < 0) throw badInput('filter.maxPrice', 'maxPrice must be 0 or more');
  const minCapacity = filter.minCapacity ?? null;
  if (minCapacity !== null && minCapacity < 1) throw badInput('filter.minCapacity', 'minCapacity must be 1 or more');
  const minRating = filter.minRating ?? null;
  if (minRating !== null && !(minRating >= 0 && minRating <= 5)) throw badInput('filter.minRating', 'minRating must be between 0 and 5');

  if (filter.availableOn && !z.iso.date().safeParse(filter.availableOn.date).success) {
    throw badInput('filter.availableOn.date', 'date must be a real calendar date, YYYY-MM-DD');
  }

  const sort = args.sort ?? (terms.length > 0 ? 'RELEVANCE' : 'NEWEST');
  if (sort === 'RELEVANCE' && terms.length === 0) throw badInput('sort', 'RELEVANCE needs filter.text');
  if (sort === 'DISTANCE' && !near) throw badInput('sort', 'DISTANCE needs filter.near');

  return {
    terms,
    categoryIds,
    place,
    near,
    maxPrice,
    minCapacity,
    minRating,
    availableOn: filter.availableOn ? { date: filter.availableOn.date, slot: filter.availableOn.slot } : null,
    sort,
    first,
    after: args.after ? decodeSearchCursor(args.after, sort) : null,
  };
}

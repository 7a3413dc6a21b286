import { badInput, isUuid, pageSize, parseInput } from '@zaffa/shared';
import type { QueryVendorsArgs, Slot } from '../__generated__/resolvers-types.ts';
import type { PlaceKind } from '../entities/Place.ts';
import type { Loaders } from '../loaders.ts';
import { decodeSearchCursor, type SearchCursor } from './cursor.ts';
import { searchArgs, searchTerms } from './inputs.ts';
import type { SortName } from './sorts.ts';

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
  /** Free on that date and slot, as the event subgraph last reported. */
  availableOn: { date: string; slot: Slot } | null;
  /** Median time to a first reply at most this, in seconds. */
  maxMedianReplySeconds: number | null;
  minReplyRate: number | null;
  sort: SortName;
  first: number;
  after: SearchCursor | null;
}

/** Checks a search request, naming the first bad field, and resolves the place it names. */
export async function planSearch(raw: QueryVendorsArgs, loaders: Loaders): Promise<SearchPlan> {
  const args = parseInput(searchArgs, raw);
  const filter = args.filter ?? {};
  const first = pageSize(args.first);
  const terms = searchTerms(filter.text);
  const categoryIds = filter.categoryIds && filter.categoryIds.length > 0 ? [...filter.categoryIds] : null;

  let place: SearchPlan['place'] = null;
  if (filter.placeId) {
    const row = isUuid(filter.placeId) ? await loaders.place.load(filter.placeId) : null;
    if (!row) throw badInput('filter.placeId', 'placeId names no place');
    place = { id: row.id, kind: row.kind };
  }

  const near = filter.near ? { lat: filter.near.lat, lng: filter.near.lng, radiusMeters: filter.near.radiusKm * 1000 } : null;
  const maxPrice = filter.maxPrice ?? null;
  const minCapacity = filter.minCapacity ?? null;
  const minRating = filter.minRating ?? null;
  const sort = args.sort ?? (terms.length > 0 ? 'RELEVANCE' : 'NEWEST');

  return {
    terms,
    categoryIds,
    place,
    near,
    maxPrice,
    minCapacity,
    minRating,
    availableOn: filter.availableOn ? { date: filter.availableOn.date, slot: filter.availableOn.slot } : null,
    maxMedianReplySeconds: filter.respondsWithinHours != null ? filter.respondsWithinHours * 3600 : null,
    minReplyRate: filter.minReplyRate ?? null,
    sort,
    first,
    after: args.after ? decodeSearchCursor(args.after, sort) : null,
  };
}

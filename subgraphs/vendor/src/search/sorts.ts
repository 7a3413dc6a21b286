import type { VendorSort } from '../__generated__/resolvers-types.ts';

/** Sort orders, each a key expression over a search source, with the SQL type its cursor value is read back as. */
export type SortName = VendorSort;

export type KeyType = 'float8' | 'int' | 'timestamptz';

/** Expressions a sort key is made of; the computed ones are built on demand, so only the sort in use adds parameters. */
export interface SortColumns {
  rank: () => string;
  rating: string;
  priceMin: string;
  createdAt: string;
  medianReplySeconds: string;
  distance: () => string;
}

export interface SortSpec {
  key: (c: SortColumns) => string;
  type: KeyType;
  direction: 'ASC' | 'DESC';
}

// Missing ratings, prices and response figures sort last, whatever the direction.
export const sorts: Record<SortName, SortSpec> = {
  RELEVANCE: { key: (c) => c.rank(), type: 'float8', direction: 'DESC' },
  RATING: { key: (c) => `(coalesce(${c.rating}, 0)::float8)`, type: 'float8', direction: 'DESC' },
  PRICE_ASC: { key: (c) => `(coalesce(${c.priceMin}, 2147483647))`, type: 'int', direction: 'ASC' },
  PRICE_DESC: { key: (c) => `(coalesce(${c.priceMin}, -1))`, type: 'int', direction: 'DESC' },
  DISTANCE: { key: (c) => c.distance(), type: 'float8', direction: 'ASC' },
  NEWEST: { key: (c) => c.createdAt, type: 'timestamptz', direction: 'DESC' },
  RESPONSE_TIME: { key: (c) => `(coalesce(${c.medianReplySeconds}, 2147483647))`, type: 'int', direction: 'ASC' },
};

/** A sort key as Postgres printed it, checked before it goes back into SQL so a forged cursor cannot reach the database. */
export function isKeyOfType(value: unknown, type: KeyType): value is string {
  if (typeof value !== 'string') return false;
  if (type === 'timestamptz') return /^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d(\.\d{1,6})?[+-]\d\d(:\d\d)?$/.test(value);
  if (type === 'int') return /^-?\d{1,10}$/.test(value);
  return /^-?(\d+(\.\d+)?(e[+-]?\d+)?|Infinity)$/.test(value);
}

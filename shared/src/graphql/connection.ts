import { badInput } from '../errors.ts';

/** Relay page arguments, bounded so one request cannot ask for the whole table. */
export interface PageArgs {
  first?: number | null;
  after?: string | null;
}

export const MAX_PAGE_SIZE = 100;

export function pageSize(first: number | null | undefined, fallback = 20): number {
  const size = first ?? fallback;
  if (!Number.isInteger(size) || size < 0 || size > MAX_PAGE_SIZE) throw badInput('first', `first must be between 0 and ${MAX_PAGE_SIZE}`);
  return size;
}

/** Opaque cursors: base64url JSON of the sort key, so clients cannot build or depend on them. */
export function encodeCursor(key: unknown[]): string {
  return Buffer.from(JSON.stringify(key)).toString('base64url');
}

export function decodeCursor(cursor: string): unknown[] {
  try {
    const key: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(key)) return key;
  } catch {
    // fall through to the error a client can act on
  }
  throw badInput('after', 'after is not a cursor from this connection');
}

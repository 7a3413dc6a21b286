import { badInput } from '../errors.ts';
import { isUuid } from '../stableId.ts';

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

/** What one position of a cursor's key holds; checked before the key reaches a query. */
export type CursorField = 'timestamp' | 'date' | 'uuid' | 'integer' | 'string';

const fieldChecks: Record<CursorField, (value: unknown) => boolean> = {
  // An instant as `toISOString` writes it.
  timestamp: (v) => typeof v === 'string' && /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/.test(v) && !Number.isNaN(Date.parse(v)),
  // A calendar day, YYYY-MM-DD, that exists.
  date: (v) => typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v) && new Date(`${v}T00:00:00Z`).toISOString().startsWith(v),
  uuid: (v) => typeof v === 'string' && isUuid(v),
  // Big integers travel as strings of digits (Postgres bigint).
  integer: (v) => (typeof v === 'number' && Number.isSafeInteger(v)) || (typeof v === 'string' && /^\d{1,19}$/.test(v)),
  string: (v) => typeof v === 'string',
};

/**
 * The sort key of a cursor this connection made, checked position by position against `shape`, so a
 * well-formed but foreign cursor is the client's error (`BAD_USER_INPUT`), never a failed query.
 */
export function decodeCursor(cursor: string, shape: readonly CursorField[], argument = 'after'): unknown[] {
  let key: unknown;
  try {
    key = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    // falls through to the error a client can act on
  }
  if (Array.isArray(key) && key.length === shape.length && shape.every((field, i) => fieldChecks[field](key[i]))) return key;
  throw badInput(argument, `${argument} is not a cursor from this connection`);
}

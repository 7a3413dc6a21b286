import { badInput, decodeCursor, encodeCursor, isUuid } from '@zaffa/shared';
import { isKeyOfType, sorts, type SortName } from './sorts.ts';
import type { SearchMode } from './types.ts';

/** Where a page ends: the sort it was made for, the mode that answered, and the last row's sort key and id. */
export interface SearchCursor {
  sort: SortName;
  mode: SearchMode;
  key: string;
  id: string;
}

export function encodeSearchCursor(c: SearchCursor): string {
  return encodeCursor([c.sort, c.mode, c.key, c.id]);
}

export function decodeSearchCursor(after: string, sort: SortName): SearchCursor {
  const [cursorSort, mode, key, id] = decodeCursor(after, ['string', 'string', 'string', 'uuid']);
  if (cursorSort !== sort) throw badInput('after', 'after is a cursor of another sort order; start again from the first page');
  if ((mode !== 'INDEX' && mode !== 'FALLBACK') || !isKeyOfType(key, sorts[sort].type) || typeof id !== 'string' || !isUuid(id)) {
    throw badInput('after', 'after is not a cursor from this connection');
  }
  return { sort, mode, key, id };
}

import { createHash } from 'node:crypto';

/**
 * A name-based UUID (RFC 9562 version 5, SHA-1): the same name always gives the same id,
 * so reference data and seeds get ids that agree across databases and installs.
 */
export function stableId(namespace: string, name: string): string {
  const hash = createHash('sha1').update(`${namespace}\u0000${name}`).digest();
  hash[6] = (hash[6]! & 0x0f) | 0x50;
  hash[8] = (hash[8]! & 0x3f) | 0x80;
  const hex = hash.subarray(0, 16).toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Ids arrive from clients as free text; anything not shaped like a UUID cannot name a row. */
export const isUuid = (id: string): boolean => uuidPattern.test(id);

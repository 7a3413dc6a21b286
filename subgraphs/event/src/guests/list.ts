import { decodeCursor, encodeCursor, pageSize, type PageArgs } from '@zaffa/shared';
import type { DataSource } from 'typeorm';
import { guestColumns, type GuestRow, type GuestSide, type RsvpStatus } from './rows.ts';

export interface GuestFilter {
  side?: GuestSide | null;
  rsvp?: RsvpStatus | null;
  tag?: string | null;
  search?: string | null;
}

/** An event's households by name (then id), keyset-paged, filtered by side, answer, tag or part of the name. */
export async function listGuests(db: DataSource, eventId: string, filter: GuestFilter | null | undefined, args: PageArgs) {
  const first = pageSize(args.first);
  const where = ['g.event_id = $1'];
  const params: unknown[] = [eventId];
  const add = (sql: (p: string) => string, value: unknown) => {
    params.push(value);
    where.push(sql(`$${params.length}`));
  };
  if (filter?.side) add((p) => `g.side = ${p}`, filter.side);
  if (filter?.rsvp) add((p) => `g.rsvp = ${p}`, filter.rsvp);
  if (filter?.tag) add((p) => `${p} = ANY (g.tags)`, filter.tag.trim());
  if (filter?.search?.trim()) add((p) => `g.name ILIKE ${p}`, `%${filter.search.trim().replace(/[\\%_]/g, '\\$&')}%`);
  const [{ count }] = await db.query(`SELECT count(*)::int AS count FROM guests g WHERE ${where.join(' AND ')}`, params);
  if (args.after) {
    const [name, id] = decodeCursor(args.after, ['string', 'uuid']);
    params.push(name, id);
    where.push(`(g.name, g.id) > ($${params.length - 1}, $${params.length}::uuid)`);
  }
  const rows: GuestRow[] = await db.query(
    `SELECT ${guestColumns} FROM guests g WHERE ${where.join(' AND ')} ORDER BY g.name, g.id LIMIT ${first + 1}`,
    params,
  );
  const edges = rows.slice(0, first).map((node) => ({ node, cursor: encodeCursor([node.name, node.id]) }));
  return { totalCount: count as number, edges, pageInfo: { hasNextPage: rows.length > first, endCursor: edges.at(-1)?.cursor ?? null } };
}

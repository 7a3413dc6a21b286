import { badInput, decodeCursor, encodeCursor, pageSize, type PageArgs, type Viewer } from '@zaffa/shared';
import type { DataSource } from 'typeorm';
import { EventEntity, type EventKind, type EventRow } from './entities/Event.ts';

export interface NewEvent {
  kind: EventKind;
  title: string;
  date: string;
}

/** Creates an event owned by the viewer, after checking what a database CHECK would only reject rudely. */
export async function createEvent(db: DataSource, owner: Viewer, input: NewEvent): Promise<EventRow> {
  const title = input.title.trim();
  if (title.length < 1 || title.length > 200) throw badInput('title', 'title must be 1 to 200 characters');
  if (!isCalendarDate(input.date)) throw badInput('date', 'date must be a real calendar date, YYYY-MM-DD');
  const repo = db.getRepository(EventEntity);
  return repo.save(repo.create({ ownerId: owner.id, kind: input.kind, title, date: input.date }));
}

function isCalendarDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const parsed = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().startsWith(value);
}

/** The owner's events, soonest first, keyset-paged on (date, id). */
export async function listEventsOf(db: DataSource, ownerId: string, args: PageArgs) {
  const first = pageSize(args.first);
  const query = db.getRepository(EventEntity).createQueryBuilder('e').where('e.owner_id = :ownerId', { ownerId });
  const totalCount = await query.clone().getCount();
  if (args.after) {
    const [date, id] = decodeCursor(args.after);
    query.andWhere('(e.date, e.id) > (:date, :id)', { date, id });
  }
  const rows = await query
    .orderBy('e.date', 'ASC')
    .addOrderBy('e.id', 'ASC')
    .take(first + 1)
    .getMany();
  const edges = rows.slice(0, first).map((node) => ({ node, cursor: encodeCursor([node.date, node.id]) }));
  return { totalCount, edges, pageInfo: { hasNextPage: rows.length > first, endCursor: edges.at(-1)?.cursor ?? null } };
}

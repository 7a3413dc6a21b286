import { decodeCursor, encodeCursor, pageSize, parseInput, type PageArgs, type Viewer } from '@zaffa/shared';
import type { DataSource } from 'typeorm';
import type { CreateEventInput } from './__generated__/resolvers-types.ts';
import { EventEntity, type EventRow } from './entities/Event.ts';
import { createEventInput } from './inputs.ts';

/** Creates an event owned by the viewer, after checking what a database CHECK would only reject rudely. */
export async function createEvent(db: DataSource, owner: Viewer, input: CreateEventInput): Promise<EventRow> {
  const { kind, title, date } = parseInput(createEventInput, input);
  const repo = db.getRepository(EventEntity);
  return repo.save(repo.create({ ownerId: owner.id, kind, title, date }));
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

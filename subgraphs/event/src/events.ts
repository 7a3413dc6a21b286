import { decodeCursor, encodeCursor, isUuid, notFound, pageSize, parseInput, type PageArgs, type Viewer } from '@zaffa/shared';
import type { DataSource } from 'typeorm';
import { EventEntity, ownsEvent, type EventRow } from './entities/Event.ts';
import { createEventInput, updateEventInput } from './inputs.ts';
import type { ChecklistDeps } from './checklist/deps.ts';
import { afterChecklistChange } from './checklist/reminders.ts';
import { followEventDate, seedChecklist } from './checklist/tasks.ts';
import { tellMediaOwners } from './tellMedia.ts';

/**
 * Creates an event owned by the viewer, after checking what a database CHECK would only reject rudely, with its
 * kind's checklist and the checklist's reminders in the same transaction. Media learns its owner from an event
 * written with it.
 */
export async function createEvent(deps: ChecklistDeps, owner: Viewer, raw: unknown): Promise<EventRow> {
  const input = parseInput(createEventInput, raw);
  const event = await deps.db.transaction(async (m) => {
    const repo = m.getRepository(EventEntity);
    const event = await repo.save(
      repo.create({
        ownerId: owner.id,
        kind: input.kind,
        title: input.title,
        date: input.date,
        placeId: input.placeId ?? null,
        guestCount: input.guestCount ?? null,
        budget: input.budget ?? null,
      }),
    );
    await tellMediaOwners(m, event);
    await seedChecklist(m, deps.settings, event);
    return event;
  });
  return event;
}

/** The event when the viewer owns or co-owns it (staff: any); anyone else's is not found. */
export async function ownedEvent(db: DataSource, viewer: Viewer, id: string): Promise<EventRow> {
  const event = isUuid(id) ? await db.getRepository(EventEntity).findOneBy({ id }) : null;
  if (!event || (!ownsEvent(event, viewer.id) && viewer.role !== 'STAFF')) throw notFound('Event');
  return event;
}

/**
 * Either owner changes the fields given; a field sent as null is cleared (title, kind and date cannot be). A new
 * date moves the checklist's template tasks and their reminders, in the same transaction.
 */
export async function updateEvent(deps: ChecklistDeps, viewer: Viewer, raw: unknown): Promise<EventRow> {
  const { db } = deps;
  const input = parseInput(updateEventInput, raw);
  const event = await ownedEvent(db, viewer, input.id);
  const changes: Partial<EventRow> = {
    ...(input.kind ? { kind: input.kind } : {}),
    ...(input.title ? { title: input.title } : {}),
    ...(input.date ? { date: input.date } : {}),
    ...(input.placeId !== undefined ? { placeId: input.placeId } : {}),
    ...(input.guestCount !== undefined ? { guestCount: input.guestCount } : {}),
    ...(input.budget !== undefined ? { budget: input.budget } : {}),
  };
  const dropped = await db.transaction(async (m) => {
    if (Object.keys(changes).length > 0) await m.getRepository(EventEntity).update(event.id, changes);
    return input.date && input.date !== event.date ? followEventDate(m, deps.settings, event.id, input.date) : [];
  });
  await afterChecklistChange(deps, dropped);
  return db.getRepository(EventEntity).findOneByOrFail({ id: event.id });
}

/** The viewer's events, as owner or co-owner, soonest first, keyset-paged on (date, id). */
export async function listEventsOf(db: DataSource, userId: string, args: PageArgs) {
  const first = pageSize(args.first);
  const query = db.getRepository(EventEntity).createQueryBuilder('e').where('(e.owner_id = :userId OR e.partner_id = :userId)', { userId });
  const totalCount = await query.clone().getCount();
  if (args.after) {
    const [date, id] = decodeCursor(args.after, ['date', 'uuid']);
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

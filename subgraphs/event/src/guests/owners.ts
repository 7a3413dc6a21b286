import { forbidden, isUuid, notFound, unauthenticated, type Viewer } from '@zaffa/shared';
import type { DataSource, EntityManager } from 'typeorm';
import { EventEntity, ownsEvent, type EventRow } from '../entities/Event.ts';

/**
 * The event when the viewer is one of its owners. Guests and budget are the couple's alone: staff and everyone else
 * get the same NOT_FOUND as for an id that does not exist.
 */
export async function eventOfOwner(db: DataSource | EntityManager, viewer: Viewer | null, eventId: string): Promise<EventRow> {
  if (!viewer) throw unauthenticated();
  const event = isUuid(eventId) ? await db.getRepository(EventEntity).findOneBy({ id: eventId }) : null;
  if (!event || !ownsEvent(event, viewer.id)) throw notFound('Event');
  return event;
}

/** For fields of an event someone already may see (staff see any event): its guests and budget stay the owners'. */
export function ownersOnly(event: EventRow, viewer: Viewer | null, what: string): void {
  if (!viewer || !ownsEvent(event, viewer.id)) throw forbidden(`Only the event's owners see its ${what}`);
}

import { stableId } from '@zaffa/shared';
import type { EntityManager } from 'typeorm';
import type { EventRow } from './entities/Event.ts';
import { emit } from './outbox.ts';

/** Tells media, in the change's transaction, the event's owners: who may add its photos and see them. */
export function tellMediaOwners(m: EntityManager, event: Pick<EventRow, 'id' | 'ownerId' | 'partnerId'>): Promise<void> {
  const ownerIds = [event.ownerId, ...(event.partnerId ? [event.partnerId] : [])];
  return emit(
    m,
    'media',
    'eventOwnersChanged',
    { eventId: event.id, ownerIds, changedAt: new Date().toISOString() },
    { jobId: stableId('media-event-owners', `${event.id}/${ownerIds.join(',')}`) },
  );
}

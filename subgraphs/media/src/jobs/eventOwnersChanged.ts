import type { JobPayload } from '@zaffa/shared';
import { learnTarget } from './learnTarget.ts';
import type { MediaServices } from './services.ts';

/** `media.eventOwnersChanged` (from event): the event's owners add its photos and are the only ones to see them. */
export function eventOwnersChanged(media: MediaServices) {
  return async ({ eventId, ownerIds, changedAt }: JobPayload<'media', 'eventOwnersChanged'>) => ({
    learnt: await learnTarget(media.db, {
      type: 'EVENT',
      id: eventId,
      ownerIds,
      viewerIds: ownerIds,
      public: false,
      version: Date.parse(changedAt),
    }),
  });
}

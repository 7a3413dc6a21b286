import { badInput, isUuid, notFound, unauthenticated, type EventStream, type PublishedEvent } from '@zaffa/shared';
import { In } from 'typeorm';
import type { SubscriptionResolvers } from '../__generated__/resolvers-types.ts';
import { MediaEntity, type MediaRow } from '../entities/Media.ts';
import { mediaFromEvent, mediaStatusTopic, type MediaStatusEvent } from '../statusEvents.ts';

const maxIds = 50;

interface StatusUpdate {
  mediaStatusChanged: MediaRow;
  publishedAt?: number;
}

export const Subscription: SubscriptionResolvers = {
  mediaStatusChanged: {
    subscribe: async (_parent, { ids }, { viewer, deps }) => {
      if (!viewer) throw unauthenticated('Sign in to follow your uploads');
      const unique = [...new Set(ids)];
      if (unique.length === 0 || unique.length > maxIds) throw badInput('ids', `Give between 1 and ${maxIds} media ids`);
      if (!unique.every(isUuid)) throw notFound('Media');
      // Listening before reading: a change committed in between is then heard, never lost.
      const events = await deps.events.subscribe<MediaStatusEvent>(unique.map(mediaStatusTopic));
      try {
        const rows = await deps.db.getRepository(MediaEntity).findBy({ id: In(unique) });
        if (rows.length !== unique.length || rows.some((r) => r.ownerId !== viewer.id)) throw notFound('Media');
        return currentThenChanges(rows, events) as never;
      } catch (err) {
        await events.return();
        throw err;
      }
    },
  },
};

/** Each row's state now, then every change that says something new (a READY heard twice is sent once). */
function currentThenChanges(rows: MediaRow[], events: EventStream<PublishedEvent<MediaStatusEvent>>): AsyncIterableIterator<StatusUpdate> {
  const initial = [...rows];
  const sent = new Map(rows.map((r) => [r.id, r.status]));
  const iterator: AsyncIterableIterator<StatusUpdate> = {
    next: async () => {
      const first = initial.shift();
      if (first) return { value: { mediaStatusChanged: first }, done: false };
      for (;;) {
        const step = await events.next();
        if (step.done) return { value: undefined, done: true };
        const media = mediaFromEvent(step.value.payload);
        if (sent.get(media.id) === media.status) continue;
        sent.set(media.id, media.status);
        return { value: { mediaStatusChanged: media, publishedAt: step.value.publishedAt }, done: false };
      }
    },
    return: () => events.return() as Promise<IteratorResult<StatusUpdate>>,
    throw: (err) => events.throw(err) as Promise<IteratorResult<StatusUpdate>>,
    [Symbol.asyncIterator]: () => iterator,
  };
  return iterator;
}

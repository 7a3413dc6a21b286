import DataLoader from 'dataloader';
import { badInput, isUuid, notFound, unauthenticated, type EventStream, type PublishedEvent } from '@zaffa/shared';
import { In, type DataSource } from 'typeorm';
import type { SubscriptionResolvers } from '../__generated__/resolvers-types.ts';
import { MediaEntity, type MediaRow } from '../entities/Media.ts';
import { mediaFromEvent, mediaStatusTopic, type MediaStatusEvent } from '../statusEvents.ts';

const maxIds = 50;

/**
 * Current rows for starting subscriptions, read together: when thousands of clients subscribe again at once
 * (a gateway restarted), one query per tick serves them all instead of one per subscription exhausting the pool.
 */
const startingRows = new WeakMap<DataSource, DataLoader<string, MediaRow | null>>();
function currentRows(db: DataSource, ids: string[]): Promise<(MediaRow | null | Error)[]> {
  let loader = startingRows.get(db);
  if (!loader) {
    loader = new DataLoader(
      async (keys) => {
        const rows = await db.getRepository(MediaEntity).findBy({ id: In([...keys]) });
        const byId = new Map(rows.map((r) => [r.id, r]));
        return keys.map((k) => byId.get(k) ?? null);
      },
      { cache: false, maxBatchSize: 1000 },
    );
    startingRows.set(db, loader);
  }
  return loader.loadMany(ids);
}

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
        const found = await currentRows(deps.db, unique);
        const failure = found.find((r) => r instanceof Error);
        if (failure) throw failure;
        const rows = found as (MediaRow | null)[];
        if (rows.some((r) => r?.ownerId !== viewer.id)) throw notFound('Media');
        return currentThenChanges(rows as MediaRow[], events) as never;
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

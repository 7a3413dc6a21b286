import type { EventBus } from '@zaffa/shared';
import type { MediaRow } from './entities/Media.ts';

/** The channel on which a media's processing outcome is announced. */
export const mediaStatusTopic = (mediaId: string) => `media.status:${mediaId}`;

/** What is published: the row as committed. Dates travel as ISO strings. */
export interface MediaStatusEvent {
  media: Omit<MediaRow, 'createdAt' | 'processedAt'> & { createdAt: string; processedAt: string | null };
}

/** Announces a row's committed state to its subscribers, on every instance. Call after the transaction. */
export function publishMediaStatus(events: EventBus, media: MediaRow): Promise<number> {
  return events.publish(mediaStatusTopic(media.id), { media } satisfies { media: MediaRow });
}

export function mediaFromEvent({ media }: MediaStatusEvent): MediaRow {
  return { ...media, createdAt: new Date(media.createdAt), processedAt: media.processedAt ? new Date(media.processedAt) : null };
}

import { stableId } from '@zaffa/shared';

/** The id of an upload's processing event and job: one per media, so writing it twice queues it once. */
export const processJobId = (mediaId: string): string => stableId('media-process', mediaId);

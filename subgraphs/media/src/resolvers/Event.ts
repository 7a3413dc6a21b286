import { pageSize } from '@zaffa/shared';
import type { EventResolvers } from '../__generated__/resolvers-types.ts';
import { targetKey } from '../loaders.ts';

/** The media subgraph's part of an event: its photos, seen by the event's owners (and staff) only. */
export const Event: EventResolvers = {
  photos: async (event, { first }, { loaders }) => (await loaders.attached.load(targetKey('EVENT', event.id))).slice(0, pageSize(first)),
};

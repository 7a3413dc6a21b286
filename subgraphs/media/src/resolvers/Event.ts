import { pageSize } from '@zaffa/shared';
import type { EventResolvers } from '../__generated__/resolvers-types.ts';
import { targetKey } from '../loaders.ts';

/** The media subgraph's part of an event: the photos its owner attached to it. */
export const Event: EventResolvers = {
  photos: async (event, { first }, { loaders }) =>
    (event.owner?.id ? await loaders.attached.load(targetKey('EVENT', event.id, event.owner.id)) : []).slice(0, pageSize(first)),
};

import { pageSize } from '@zaffa/shared';
import type { EventResolvers } from '../__generated__/resolvers-types.ts';
import { targetKey } from '../loaders.ts';

/**
 * The media subgraph's part of an event: the photos its owner attached to it. No event is public, so anonymous
 * callers get none; which events a viewer may see is the event subgraph's to say, and the owner comes from its
 * answer, which only the gateway (holding `SUBGRAPH_SECRET`) can pass on.
 */
export const Event: EventResolvers = {
  photos: async (event, { first }, { loaders, viewer }) =>
    (viewer && event.owner?.id ? await loaders.attached.load(targetKey('EVENT', event.id, event.owner.id)) : []).slice(0, pageSize(first)),
};

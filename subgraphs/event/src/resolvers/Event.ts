import type { EventResolvers } from '../__generated__/resolvers-types.ts';

export const Event: EventResolvers = {
  __resolveReference: async (ref, { loaders, viewer }) => {
    const event = await loaders.event.load(ref.id);
    return event && viewer && (event.ownerId === viewer.id || viewer.role === 'STAFF') ? event : null;
  },
  owner: (event) => ({ id: event.ownerId }),
  createdAt: (event) => event.createdAt.toISOString(),
};

import { unauthenticated } from '@zaffa/shared';
import type { MutationResolvers } from '../__generated__/resolvers-types.ts';
import { createEvent } from '../events.ts';

export const Mutation: MutationResolvers = {
  createEvent: async (_parent, { input }, { deps, viewer }) => {
    if (!viewer) throw unauthenticated();
    return { event: await createEvent(deps.db, viewer, input) };
  },
};

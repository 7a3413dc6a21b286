import { unauthenticated } from '@zaffa/shared';
import type { QueryResolvers } from '../__generated__/resolvers-types.ts';
import { findConversationFor } from '../conversations/commands.ts';
import { conversationsOf } from '../conversations/queries.ts';
import { notificationsOf } from '../notifications/queries.ts';

export const Query: QueryResolvers = {
  conversation: async (_parent, { id }, { deps, viewer }) => {
    if (!viewer) throw unauthenticated();
    return findConversationFor(deps.db, viewer, id);
  },
  conversations: (_parent, args, { deps, viewer }) => {
    if (!viewer) throw unauthenticated();
    return conversationsOf(deps.db, viewer.id, args);
  },
  notifications: (_parent, args, { deps, viewer }) => {
    if (!viewer) throw unauthenticated();
    return notificationsOf(deps.db, viewer.id, args);
  },
};

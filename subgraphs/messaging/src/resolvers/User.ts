import type { UserResolvers } from '../__generated__/resolvers-types.ts';
import { unreadMessagesOf } from '../conversations/queries.ts';
import { unreadNotificationsOf } from '../notifications/queries.ts';

/** The messaging subgraph's part of a user: their own unread counts, for no one else. */
export const User: UserResolvers = {
  unreadMessages: (user, _args, { deps, viewer }) => (viewer?.id === user.id ? unreadMessagesOf(deps.db, user.id) : null),
  unreadNotifications: (user, _args, { deps, viewer }) => (viewer?.id === user.id ? unreadNotificationsOf(deps.db, user.id) : null),
};

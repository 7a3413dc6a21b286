import type { UserResolvers } from '../__generated__/resolvers-types.ts';
import { targetKey } from '../loaders.ts';

/** The media subgraph's part of a user: their avatar, which everyone sees. */
export const User: UserResolvers = {
  avatar: async (user, _args, { loaders }) => (await loaders.attached.load(targetKey('AVATAR', user.id)))[0] ?? null,
};

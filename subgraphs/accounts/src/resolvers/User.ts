import type { UserResolvers } from '../__generated__/resolvers-types.ts';

export const User: UserResolvers = {
  __resolveReference: (ref, { loaders }) => loaders.user.load(ref.id),
  email: (user, _args, { viewer }) => (user.isSessionOwner || viewer?.id === user.id || viewer?.role === 'STAFF' ? user.email : null),
};

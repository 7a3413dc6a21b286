import { isUuid } from '@zaffa/shared';
import type { QueryResolvers } from '../__generated__/resolvers-types.ts';

export const Query: QueryResolvers = {
  me: (_parent, _args, { viewer, loaders }) => (viewer ? loaders.user.load(viewer.id) : null),
  user: (_parent, { id }, { loaders }) => (isUuid(id) ? loaders.user.load(id) : null),
};

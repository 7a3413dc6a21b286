import { isUuid } from '@zaffa/shared';
import type { QueryResolvers } from '../__generated__/resolvers-types.ts';

export const Query: QueryResolvers = {
  media: (_parent, { id }, { loaders }) => (isUuid(id) ? loaders.media.load(id) : null),
};

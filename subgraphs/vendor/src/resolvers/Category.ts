import type { CategoryResolvers } from '../__generated__/resolvers-types.ts';

export const Category: CategoryResolvers = {
  __resolveReference: (ref, { loaders }) => loaders.category.load(ref.id),
};

import type { CategoryFacetResolvers } from '../__generated__/resolvers-types.ts';

export const CategoryFacet: CategoryFacetResolvers = {
  category: async (facet, _args, { loaders }) => (await loaders.category.load(facet.categoryId))!,
};

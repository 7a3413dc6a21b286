import type { PlaceResolvers } from '../__generated__/resolvers-types.ts';

export const Place: PlaceResolvers = {
  __resolveReference: (ref, { loaders }) => loaders.place.load(ref.id),
  parent: (place, _args, { loaders }) => (place.parentId ? loaders.place.load(place.parentId) : null),
};

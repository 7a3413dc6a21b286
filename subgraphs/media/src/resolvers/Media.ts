import type { MediaResolvers } from '../__generated__/resolvers-types.ts';

export const Media: MediaResolvers = {
  __resolveReference: (ref, { loaders }) => loaders.media.load(ref.id),
  url: (media) => `/media/${media.id}`,
  createdAt: (media) => media.createdAt.toISOString(),
};

import type { MediaResolvers } from '../__generated__/resolvers-types.ts';

export const Media: MediaResolvers = {
  __resolveReference: (ref, { loaders }) => loaders.media.load(ref.id),
  url: (media) => `/media/${media.id}`,
  variants: (media) => (media.status === 'READY' ? media.variants : []),
  createdAt: (media) => media.createdAt.toISOString(),
};

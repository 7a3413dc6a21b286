import type { MediaResolvers } from '../__generated__/resolvers-types.ts';

export const Media: MediaResolvers = {
  __resolveReference: (ref, { loaders }) => loaders.media.load(ref.id),
  // The fingerprint a client can compute; `media.sha1` names the stored (cleaned) original's blob.
  sha1: (media) => media.sourceSha1,
  url: (media) => `/media/${media.id}`,
  variants: (media) => (media.status === 'READY' ? media.variants : []),
  createdAt: (media) => media.createdAt.toISOString(),
};

import type { MediaVariantResolvers } from '../__generated__/resolvers-types.ts';

export const MediaVariant: MediaVariantResolvers = {
  url: (variant) => `/files/${variant.key}`,
};

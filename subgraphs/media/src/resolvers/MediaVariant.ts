import type { MediaVariantResolvers } from '../__generated__/resolvers-types.ts';
import type { VariantView } from '../downloadUrls.ts';

export const MediaVariant: MediaVariantResolvers = {
  // `Media.variants` gives each variant the URL this viewer may download it from.
  url: (variant) => (variant as VariantView).url,
};

import type { ReviewResolvers } from '../__generated__/resolvers-types.ts';

export const Review: ReviewResolvers = {
  __resolveReference: async (ref, { loaders, viewer }) => {
    const review = await loaders.review.load(ref.id);
    return review && (!review.hiddenAt || viewer?.role === 'STAFF') ? review : null;
  },
  vendor: (review) => ({ id: review.vendorId }),
  author: (review) => ({ id: review.authorId }),
  text: (review) => review.body,
  subRatings: (r) =>
    r.quality && r.responsiveness && r.value && r.professionalism
      ? { quality: r.quality, responsiveness: r.responsiveness, value: r.value, professionalism: r.professionalism }
      : null,
  reply: (review) => (review.reply && review.repliedAt ? { text: review.reply, at: review.repliedAt.toISOString() } : null),
  hidden: (review) => review.hiddenAt !== null,
  // Why a review was hidden is for staff; a hidden review reaches nobody else anyway.
  hiddenReason: (review, _args, { viewer }) => (viewer?.role === 'STAFF' ? review.hiddenReason : null),
  createdAt: (review) => review.createdAt.toISOString(),
};

import { z } from 'zod';

const stars = z.number().int('a whole number of stars').min(1, '1 to 5').max(5, '1 to 5');

export const writeReviewInput = z.object({
  bookingId: z.uuid('a booking id'),
  rating: stars,
  text: z.string().trim().min(1, 'say a few words').max(5000, 'at most 5000 characters'),
  subRatings: z.object({ quality: stars, responsiveness: stars, value: stars, professionalism: stars }).nullish(),
});

export const replyToReviewInput = z.object({
  reviewId: z.uuid('a review id'),
  text: z.string().trim().min(1, 'say a few words').max(5000, 'at most 5000 characters'),
});

export const hideReviewInput = z.object({
  reviewId: z.uuid('a review id'),
  reason: z.string().trim().min(3, 'give the reason').max(1000, 'at most 1000 characters'),
});

import type { BookingResolvers } from '../__generated__/resolvers-types.ts';
import { canSeeBooking, eventOfBooking } from '../bookings/access.ts';

export const Booking: BookingResolvers = {
  __resolveReference: async (ref, { loaders, viewer }) => {
    const booking = await loaders.booking.load(ref.id);
    return booking && (await canSeeBooking(viewer, booking, loaders)) ? booking : null;
  },
  event: (booking, _args, { loaders, viewer }) => eventOfBooking(viewer, booking, loaders),
  vendor: (booking) => ({ id: booking.vendorId }),
  couple: (booking) => ({ id: booking.coupleId }),
  deposit: (booking) =>
    booking.price === null || booking.depositPercent === null ? null : Math.round((booking.price * booking.depositPercent) / 100),
  expiresAt: (booking) => booking.timerAt?.toISOString() ?? null,
  history: (booking, _args, { loaders }) => loaders.history.load(booking.id),
  review: async (booking, _args, { loaders, viewer }) => {
    const review = await loaders.reviewOfBooking.load(booking.id);
    return review && (!review.hiddenAt || viewer?.role === 'STAFF') ? review : null;
  },
  createdAt: (booking) => booking.createdAt.toISOString(),
  updatedAt: (booking) => booking.updatedAt.toISOString(),
};

export const BookingMove = {
  at: (move: { at: Date }) => move.at.toISOString(),
};

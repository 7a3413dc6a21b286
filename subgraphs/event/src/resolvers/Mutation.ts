import { unauthenticated, type Viewer, parseInput } from '@zaffa/shared';
import type { MutationResolvers } from '../__generated__/resolvers-types.ts';
import { changeVendorDates } from '../bookings/closures.ts';
import { bookingIdInput, counterBookingInput, quoteBookingInput, reasonInput } from '../bookings/inputs.ts';
import { moveAsViewer } from '../bookings/move.ts';
import { requestBooking } from '../bookings/request.ts';
import { createEvent, updateEvent } from '../events.ts';
import { acceptEventInvitation, inviteCoOwner } from '../invitations.ts';
import { hideReview, replyToReview, writeReview } from '../reviews/reviews.ts';
import { checklistMutations } from './Task.ts';

function signedIn(viewer: Viewer | null): Viewer {
  if (!viewer) throw unauthenticated();
  return viewer;
}

export const Mutation: MutationResolvers = {
  createEvent: async (_parent, { input }, { deps, viewer }) => ({ event: await createEvent(deps, signedIn(viewer), input) }),
  updateEvent: async (_parent, { input }, { deps, viewer }) => ({ event: await updateEvent(deps, signedIn(viewer), input) }),
  inviteCoOwner: (_parent, { input }, { deps, viewer }) => inviteCoOwner(deps.db, signedIn(viewer), input),
  acceptEventInvitation: async (_parent, { input }, { deps, viewer }) => ({
    event: await acceptEventInvitation(deps, signedIn(viewer), input),
  }),

  requestBooking: async (_parent, { input }, { deps, viewer }) => ({ booking: await requestBooking(deps, viewer, input) }),
  quoteBooking: async (_parent, { input }, { deps, viewer }) => {
    const { bookingId, price, depositPercent, holdDays, note } = parseInput(quoteBookingInput, input);
    return { booking: await moveAsViewer(deps, viewer, bookingId, 'quote', note ?? null, { price, depositPercent, holdDays }) };
  },
  counterBooking: async (_parent, { input }, { deps, viewer }) => {
    const { bookingId, price, note } = parseInput(counterBookingInput, input);
    return { booking: await moveAsViewer(deps, viewer, bookingId, 'counter', note ?? null, { price }) };
  },
  acceptQuote: async (_parent, { input }, { deps, viewer }) => {
    const { bookingId } = parseInput(bookingIdInput, input);
    return { booking: await moveAsViewer(deps, viewer, bookingId, 'accept', null) };
  },
  confirmBooking: async (_parent, { input }, { deps, viewer }) => {
    const { bookingId } = parseInput(bookingIdInput, input);
    return { booking: await moveAsViewer(deps, viewer, bookingId, 'confirm', 'Deposit received') };
  },
  declineBooking: async (_parent, { input }, { deps, viewer }) => {
    const { bookingId, reason } = parseInput(reasonInput, input);
    return { booking: await moveAsViewer(deps, viewer, bookingId, 'decline', reason ?? null) };
  },
  cancelBooking: async (_parent, { input }, { deps, viewer }) => {
    const { bookingId, reason } = parseInput(reasonInput, input);
    return { booking: await moveAsViewer(deps, viewer, bookingId, 'cancel', reason ?? null) };
  },
  closeVendorDates: async (_parent, { input }, { deps, viewer }) => ({ days: await changeVendorDates(deps, viewer, input, true) }),
  reopenVendorDates: async (_parent, { input }, { deps, viewer }) => ({ days: await changeVendorDates(deps, viewer, input, false) }),

  writeReview: async (_parent, { input }, { deps, viewer }) => ({ review: await writeReview(deps, viewer, input) }),
  replyToReview: async (_parent, { input }, { deps, viewer }) => ({ review: await replyToReview(deps, viewer, input) }),
  hideReview: async (_parent, { input }, { deps, viewer }) => ({ review: await hideReview(deps, viewer, input) }),

  ...checklistMutations,
};

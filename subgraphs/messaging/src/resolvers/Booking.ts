import type { BookingResolvers } from '../__generated__/resolvers-types.ts';
import { takesPart } from '../conversations/participants.ts';

/** The conversation a booking request opened, for its participants only. */
export const Booking: BookingResolvers = {
  conversation: async (booking, _args, { loaders, viewer }) => {
    const link = await loaders.bookingConversation.load(booking.id);
    const conversation = link && (await loaders.conversation.load(link.conversation_id));
    return conversation && viewer && takesPart(conversation, viewer.id) ? conversation : null;
  },
};

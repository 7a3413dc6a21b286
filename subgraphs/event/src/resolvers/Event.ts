import type { EventResolvers } from '../__generated__/resolvers-types.ts';
import { listBookings } from '../bookings/list.ts';
import { ownsEvent } from '../entities/Event.ts';
import { checklistEventFields } from './Task.ts';

export const Event: EventResolvers = {
  __resolveReference: async (ref, { loaders, viewer }) => {
    const event = await loaders.event.load(ref.id);
    return event && viewer && (ownsEvent(event, viewer.id) || viewer.role === 'STAFF') ? event : null;
  },
  owner: (event) => ({ id: event.ownerId }),
  partner: (event) => (event.partnerId ? { id: event.partnerId } : null),
  bookings: (event, args, { deps }) => listBookings(deps.db, { eventId: event.id }, args),
  createdAt: (event) => event.createdAt.toISOString(),
  ...checklistEventFields,
};

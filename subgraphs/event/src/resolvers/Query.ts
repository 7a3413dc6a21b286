import { isUuid, unauthenticated } from '@zaffa/shared';
import type { QueryResolvers } from '../__generated__/resolvers-types.ts';
import { canSeeBooking } from '../bookings/access.ts';
import { ownsEvent } from '../entities/Event.ts';
import { listEventsOf } from '../events.ts';

export const Query: QueryResolvers = {
  event: async (_parent, { id }, { loaders, viewer }) => {
    if (!viewer) throw unauthenticated();
    const event = isUuid(id) ? await loaders.event.load(id) : null;
    // Someone else's event answers exactly like a missing one: ids reveal nothing.
    return event && (ownsEvent(event, viewer.id) || viewer.role === 'STAFF') ? event : null;
  },
  myEvents: (_parent, args, { deps, viewer }) => {
    if (!viewer) throw unauthenticated();
    return listEventsOf(deps.db, viewer.id, args);
  },
  booking: async (_parent, { id }, { loaders, viewer }) => {
    if (!viewer) throw unauthenticated();
    const booking = isUuid(id) ? await loaders.booking.load(id) : null;
    return booking && (await canSeeBooking(viewer, booking, loaders)) ? booking : null;
  },
};

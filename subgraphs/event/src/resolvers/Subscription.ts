import { badInput, isUuid, notFound, unauthenticated, type EventStream, type PublishedEvent } from '@zaffa/shared';
import type { SubscriptionResolvers } from '../__generated__/resolvers-types.ts';
import { eventBookingsTopic, vendorBookingsTopic, type BookingChangedEvent } from '../bookings/bookingEvents.ts';
import type { Context } from '../context.ts';
import type { BookingRow } from '../entities/Booking.ts';
import { ownsEvent } from '../entities/Event.ts';
import { createLoaders } from '../loaders.ts';

interface BookingUpdate {
  bookingChanged: BookingRow;
  publishedAt: number;
}

export const Subscription: SubscriptionResolvers = {
  bookingChanged: {
    subscribe: async (_parent, { eventId, vendorId }, ctx) => {
      const { viewer, deps, loaders } = ctx;
      if (!viewer) throw unauthenticated('Sign in to follow bookings');
      if (!eventId && !vendorId) throw badInput('eventId', 'Give an eventId (your event) or a vendorId (your vendor)');
      // Only the event's owners, only the vendor's owner: anyone else is told it does not exist.
      if (eventId) {
        const event = isUuid(eventId) ? await loaders.event.load(eventId) : null;
        if (!event || !ownsEvent(event, viewer.id)) throw notFound('Event');
      }
      if (vendorId) {
        const terms = isUuid(vendorId) ? await loaders.vendorTerms.load(vendorId) : null;
        if (terms?.ownerId !== viewer.id) throw notFound('Vendor');
      }
      const topic = eventId ? eventBookingsTopic(eventId) : vendorBookingsTopic(vendorId!);
      const events = await deps.events.subscribe<BookingChangedEvent>([topic]);
      return changes(ctx, events, (b) => (!eventId || b.eventId === eventId) && (!vendorId || b.vendorId === vendorId)) as never;
    },
  },
};

/**
 * Each announced booking as committed, read with fresh loaders (a subscription keeps one context for its whole
 * life; its events run one at a time), when it matches what was asked for.
 */
function changes(
  ctx: Context,
  events: EventStream<PublishedEvent<BookingChangedEvent>>,
  matches: (booking: BookingRow) => boolean,
): AsyncIterableIterator<BookingUpdate> {
  const iterator: AsyncIterableIterator<BookingUpdate> = {
    next: async () => {
      for (;;) {
        const step = await events.next();
        if (step.done) return { value: undefined, done: true };
        ctx.loaders = createLoaders(ctx.deps.db);
        const booking = await ctx.loaders.booking.load(step.value.payload.bookingId);
        if (booking && matches(booking)) return { value: { bookingChanged: booking, publishedAt: step.value.publishedAt }, done: false };
      }
    },
    return: () => events.return() as Promise<IteratorResult<BookingUpdate>>,
    throw: (err) => events.throw(err) as Promise<IteratorResult<BookingUpdate>>,
    [Symbol.asyncIterator]: () => iterator,
  };
  return iterator;
}

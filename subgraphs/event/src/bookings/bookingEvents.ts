import type { EventBus, RelayedEvent } from '@zaffa/shared';

/** Where an event's bookings are announced as they move: `{ bookingId }`. */
export const eventBookingsTopic = (eventId: string) => `bookings.event:${eventId}`;

/** Where a vendor's bookings are announced as they move: `{ bookingId }`. */
export const vendorBookingsTopic = (vendorId: string) => `bookings.vendor:${vendorId}`;

export interface BookingChangedEvent {
  bookingId: string;
}

/**
 * The outbox relay's hook (in the subgraph and in the workers, whichever relays the event): each booking move,
 * queued after its commit, is announced to the event's and the vendor's subscribers.
 */
export function publishBookingChanges(events: EventBus) {
  return async (relayed: RelayedEvent[]): Promise<void> => {
    const publishing: Promise<number>[] = [];
    for (const { queue, job, payload } of relayed) {
      if (queue !== 'event' || job !== 'bookingMoved') continue;
      const { bookingId, eventId, vendorId } = payload as { bookingId: string; eventId: string; vendorId: string };
      const event: BookingChangedEvent = { bookingId };
      publishing.push(events.publish(eventBookingsTopic(eventId), event), events.publish(vendorBookingsTopic(vendorId), event));
    }
    await Promise.all(publishing);
  };
}

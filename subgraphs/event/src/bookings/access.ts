import type { Viewer } from '@zaffa/shared';
import type { BookingRow } from '../entities/Booking.ts';
import { ownsEvent } from '../entities/Event.ts';
import type { Loaders } from '../loaders.ts';

/** A couple sees their events' bookings, a vendor owner those made to their vendors, staff all. */
export async function canSeeBooking(viewer: Viewer | null, booking: BookingRow, loaders: Loaders): Promise<boolean> {
  if (!viewer) return false;
  if (viewer.role === 'STAFF') return true;
  const [event, terms] = await Promise.all([loaders.event.load(booking.eventId), loaders.vendorTerms.load(booking.vendorId)]);
  return (event !== null && ownsEvent(event, viewer.id)) || terms?.ownerId === viewer.id;
}

/** The event of a booking, for its couple and staff only: a vendor never sees the event, nor its budget. */
export async function eventOfBooking(viewer: Viewer | null, booking: BookingRow, loaders: Loaders) {
  const event = await loaders.event.load(booking.eventId);
  if (!event || !viewer) return null;
  return viewer.role === 'STAFF' || ownsEvent(event, viewer.id) ? event : null;
}

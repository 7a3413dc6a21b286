import type { JobPayload } from '@zaffa/shared';
import type { DataSource } from 'typeorm';
import { openConversation, vendorOwnerOf } from '../conversations/openConversation.ts';
import { postMessage } from '../conversations/postMessage.ts';
import { notify, type NewNotification } from '../notifications/notify.ts';

type BookingChanged = JobPayload<'messaging', 'bookingChanged'>;

const dzd = (amount: number) => `${new Intl.NumberFormat('fr-DZ').format(amount)} DZD`;

/**
 * A booking moved. A request with a message lands in the couple's conversation with the vendor (made if
 * need be) and is linked to the booking; a quote tells the couple; any other move tells the side that did
 * not make it. The vendor's owner must be known already: until it is, the job fails and is retried.
 */
export function notifyBooking(db: DataSource) {
  return async (event: BookingChanged, job: { id?: string }) => {
    const eventId = job.id ?? `booking-${event.bookingId}-${event.status}`;
    const ownerId = await vendorOwnerOf(db, event.vendorId);
    if (!ownerId) throw new Error(`vendor ${event.vendorId} is not known to messaging yet`);
    const link = `/bookings/${event.bookingId}`;

    if (event.status === 'REQUESTED') {
      await db.transaction(async (tx) => {
        const conversation = await openConversation(tx, event.coupleId, event.vendorId, ownerId);
        await tx.query(`INSERT INTO booking_conversations (booking_id, conversation_id) VALUES ($1, $2) ON CONFLICT DO NOTHING`, [
          event.bookingId,
          conversation.id,
        ]);
        if (event.message) {
          // Keyed by the booking, so the request's message is posted once however often the event arrives.
          await postMessage(tx, conversation, {
            senderId: event.coupleId,
            text: event.message,
            attachmentIds: [],
            clientMessageId: `booking-${event.bookingId}`,
          });
        }
      });
    }

    const toOwner: NewNotification = {
      userId: ownerId,
      kind: 'BOOKING_CHANGED',
      title: event.status === 'REQUESTED' ? 'New booking request' : `Booking ${event.status.toLowerCase()}`,
      body: event.message ?? '',
      link,
    };
    const toCouple: NewNotification =
      event.status === 'QUOTED'
        ? {
            userId: event.coupleId,
            kind: 'QUOTE_RECEIVED',
            title: 'Quote received',
            body: event.amount != null ? dzd(event.amount) : '',
            link,
          }
        : { userId: event.coupleId, kind: 'BOOKING_CHANGED', title: `Booking ${event.status.toLowerCase()}`, body: '', link };
    const actor = event.actorId ?? (event.status === 'REQUESTED' ? event.coupleId : event.status === 'QUOTED' ? ownerId : null);
    const made = await notify(
      db,
      eventId,
      [toOwner, toCouple].filter((n) => n.userId !== actor),
    );
    return { notified: made.length };
  };
}

import { badInput, notFound, unauthenticated, type Viewer, parseInput } from '@zaffa/shared';
import type { BookingDeps } from '../deps.ts';
import { BookingEntity, type BookingRow, type VendorTermsRow } from '../entities/Booking.ts';
import { EventEntity, ownsEvent } from '../entities/Event.ts';
import { requestBookingInput } from './inputs.ts';
import { afterMove, recordMove } from './move.ts';

/** The offer's price for a party: base + max(0, guests − included) × price per extra guest. */
export function offerPrice(offer: VendorTermsRow['offers'][number], guests: number): number {
  const extra = offer.includedGuests === null ? 0 : Math.max(0, guests - offer.includedGuests);
  return offer.basePrice + extra * offer.pricePerExtraGuest;
}

/**
 * A couple's request to a vendor for their event: INQUIRY, with its first message and the offer's price. The
 * same idempotency key from the same couple answers the booking it made the first time (a unique index decides,
 * so two retries racing each other still make one).
 */
export async function requestBooking(deps: BookingDeps, viewer: Viewer | null, raw: unknown): Promise<BookingRow> {
  if (!viewer) throw unauthenticated();
  const input = parseInput(requestBookingInput, raw);
  const repo = deps.db.getRepository(BookingEntity);
  if (input.idempotencyKey) {
    const earlier = await repo.findOneBy({ coupleId: viewer.id, idempotencyKey: input.idempotencyKey });
    if (earlier) return earlier;
  }
  const event = await deps.db.getRepository(EventEntity).findOneBy({ id: input.eventId });
  if (!event || !ownsEvent(event, viewer.id)) throw notFound('Event');
  const terms = await deps.db.query(`SELECT offers, status FROM vendor_terms WHERE vendor_id = $1`, [input.vendorId]);
  if (terms.length === 0 || terms[0].status !== 'PUBLISHED') throw notFound('Vendor');
  const offers = terms[0].offers as VendorTermsRow['offers'];
  const offer = input.offerId ? offers.find((o) => o.id === input.offerId) : undefined;
  if (input.offerId && !offer) throw badInput('offerId', "offerId names none of this vendor's offers");
  const [{ upcoming }] = await deps.db.query(`SELECT $1::date >= (now() AT TIME ZONE 'Africa/Algiers')::date AS upcoming`, [input.date]);
  if (!upcoming) throw badInput('date', 'date must be today or later (Africa/Algiers)');

  const price = offer ? offerPrice(offer, input.guestCount) : null;
  const made = await deps.db.transaction(async (m) => {
    const rows: { id: string }[] = await m.query(
      `INSERT INTO bookings (event_id, couple_id, vendor_id, date, slot, guest_count, offer_id, message, state,
                             offer_price, price, deposit_percent, idempotency_key, timer_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, 'INQUIRY', $9, $9, $10, $11, now() + make_interval(secs => $12))
       ON CONFLICT (couple_id, idempotency_key) DO NOTHING RETURNING id`,
      [
        event.id,
        viewer.id,
        input.vendorId,
        input.date,
        input.slot,
        input.guestCount,
        offer?.id ?? null,
        input.message ?? '',
        price,
        offer?.depositPercent ?? null,
        input.idempotencyKey ?? null,
        deps.settings.BOOKING_INQUIRY_TTL_S,
      ],
    );
    if (rows.length === 0) return null;
    const booking = await m.getRepository(BookingEntity).findOneByOrFail({ id: rows[0]!.id });
    await recordMove(m, booking, null, 'COUPLE', viewer.id, null);
    return booking;
  });
  if (!made) return repo.findOneByOrFail({ coupleId: viewer.id, idempotencyKey: input.idempotencyKey! });
  await afterMove(deps, []);
  return made;
}

import { stableId } from '@zaffa/shared';
import type { DataSource } from 'typeorm';
import type { BookingState, Slot, VendorTermsRow } from './entities/Booking.ts';

/** A vendor as the seed knows it, with what the event subgraph keeps of it. */
export type SeedVendorTerms = Omit<VendorTermsRow, 'updatedAt'>;

export const seedCoupleId = (n: number) => stableId('seed-booking-couple', String(n));

/** The moves that lead to each state, as [state, actor, note, price change]. */
const paths: Record<BookingState, [BookingState, string, string | null][]> = {
  INQUIRY: [],
  QUOTED: [['QUOTED', 'VENDOR', 'Tarif week-end, décoration comprise']],
  COUNTER_OFFER: [
    ['QUOTED', 'VENDOR', 'Tarif week-end, décoration comprise'],
    ['COUNTER_OFFER', 'COUPLE', 'Possible sans la décoration ?'],
  ],
  HELD: [
    ['QUOTED', 'VENDOR', null],
    ['HELD', 'COUPLE', null],
  ],
  CONFIRMED: [
    ['QUOTED', 'VENDOR', null],
    ['HELD', 'COUPLE', null],
    ['CONFIRMED', 'VENDOR', 'Deposit received'],
  ],
  COMPLETED: [
    ['QUOTED', 'VENDOR', null],
    ['HELD', 'COUPLE', null],
    ['CONFIRMED', 'VENDOR', 'Deposit received'],
    ['COMPLETED', 'TIMER', null],
  ],
  DECLINED: [['DECLINED', 'VENDOR', 'Déjà réservé pour un mariage']],
  EXPIRED: [['EXPIRED', 'TIMER', 'No answer in time (INQUIRY)']],
  CANCELLED_BY_COUPLE: [
    ['QUOTED', 'VENDOR', null],
    ['CANCELLED_BY_COUPLE', 'COUPLE', 'Nous avons changé de date'],
  ],
  CANCELLED_BY_VENDOR: [
    ['QUOTED', 'VENDOR', null],
    ['HELD', 'COUPLE', null],
    ['CANCELLED_BY_VENDOR', 'VENDOR', 'Salle en travaux'],
  ],
};
const states = Object.keys(paths) as BookingState[];
const slots: Slot[] = ['EVENING', 'AFTERNOON', 'FULL_DAY'];

/**
 * Keeps the event subgraph's copy of the seeded vendors' terms (what vendor.vendorTermsChanged would have brought),
 * then gives a few couples a wedding each with a booking in every state, history and date claims included, the same
 * on every machine. Waiting bookings get their deadline; the timers' reconciler moves them when it passes.
 */
export async function seedBookings(
  db: DataSource,
  vendors: SeedVendorTerms[],
  couples = 4,
): Promise<{ couples: string[]; bookings: number; events: { eventId: string; ownerId: string }[] }> {
  for (let i = 0; i < vendors.length; i += 2000) {
    const batch = vendors.slice(i, i + 2000);
    await db.query(
      `INSERT INTO vendor_terms (vendor_id, owner_id, status, is_hall, daily_capacity, offers, revision)
       SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::text[], $4::bool[], $5::int[], $6::jsonb[], $7::int[])
       ON CONFLICT (vendor_id) DO UPDATE SET owner_id = EXCLUDED.owner_id, status = EXCLUDED.status, is_hall = EXCLUDED.is_hall,
         daily_capacity = EXCLUDED.daily_capacity, offers = EXCLUDED.offers, revision = EXCLUDED.revision`,
      [
        batch.map((v) => v.vendorId),
        batch.map((v) => v.ownerId),
        batch.map((v) => v.status),
        batch.map((v) => v.isHall),
        batch.map((v) => v.dailyCapacity),
        batch.map((v) => JSON.stringify(v.offers)),
        batch.map((v) => v.revision),
      ],
    );
  }
  const halls = vendors.filter((v) => v.isHall && v.status === 'PUBLISHED' && v.offers.length > 0);
  if (halls.length === 0) return { couples: [], bookings: 0, events: [] };
  let bookings = 0;
  const coupleIds = Array.from({ length: couples }, (_, n) => seedCoupleId(n));
  await db.transaction(async (m) => {
    for (const [c, coupleId] of coupleIds.entries()) {
      const eventId = stableId('seed-event', coupleId);
      const weddingDay = `2027-0${6 + (c % 4)}-${String(10 + c).padStart(2, '0')}`;
      await m.query(
        `INSERT INTO events (id, owner_id, kind, title, date, guest_count, budget) VALUES ($1, $2, 'WEDDING', $3, $4, 350, 2500000)
         ON CONFLICT DO NOTHING`,
        [eventId, coupleId, `Mariage ${c + 1}`, weddingDay],
      );
      for (const [s, state] of states.entries()) {
        const hall = halls[(c * states.length + s) % halls.length]!;
        const offer = hall.offers[0]!;
        const id = stableId('seed-booking', `${coupleId}/${state}`);
        const date = new Date(Date.parse(`${weddingDay}T00:00:00Z`) + s * 86_400_000).toISOString().slice(0, 10);
        const path = paths[state];
        const quoted = path.some(([st]) => st === 'QUOTED');
        const price = offer.basePrice + Math.max(0, 350 - (offer.includedGuests ?? 350)) * offer.pricePerExtraGuest;
        const finalPrice = path.some(([st]) => st === 'COUNTER_OFFER') ? Math.round(price * 0.9) : quoted ? price + 20_000 : price;
        const timer = { INQUIRY: '2 days', QUOTED: '7 days', COUNTER_OFFER: '2 days', HELD: '5 days' }[state as string] ?? null;
        const inserted = await m.query(
          `INSERT INTO bookings (id, event_id, couple_id, vendor_id, date, slot, guest_count, offer_id, message, state, offer_price, price,
                                 deposit_percent, hold_days, version, timer_at)
           VALUES ($1, $2, $3, $4, $5, $6, 350, $7, $8, $9, $10, $11, $12, $13, $14,
                   CASE WHEN $9 = 'CONFIRMED' THEN (($5::date + 1)::timestamp AT TIME ZONE 'Africa/Algiers') ELSE now() + $15::interval END)
           ON CONFLICT DO NOTHING RETURNING id`,
          [
            id,
            eventId,
            coupleId,
            hall.vendorId,
            date,
            slots[s % slots.length],
            offer.id,
            'Salam, votre salle est-elle libre ce jour-là ? Nous serons environ 350.',
            state,
            price,
            finalPrice,
            quoted ? 30 : offer.depositPercent,
            quoted ? 5 : null,
            path.length + 1,
            timer,
          ],
        );
        if (inserted.length === 0) continue;
        bookings++;
        await m.query(`INSERT INTO booking_history (booking_id, state, actor, actor_id, price) VALUES ($1, 'INQUIRY', 'COUPLE', $2, $3)`, [
          id,
          coupleId,
          price,
        ]);
        for (const [st, actor, note] of path) {
          await m.query(`INSERT INTO booking_history (booking_id, state, actor, actor_id, note, price) VALUES ($1, $2, $3, $4, $5, $6)`, [
            id,
            st,
            actor,
            actor === 'COUPLE' ? coupleId : actor === 'VENDOR' ? hall.ownerId : null,
            note,
            st === 'QUOTED' ? price + 20_000 : finalPrice,
          ]);
        }
        if (state === 'HELD' || state === 'CONFIRMED' || state === 'COMPLETED') {
          const halves = { AFTERNOON: '[0,1)', EVENING: '[1,2)', FULL_DAY: '[0,2)' }[slots[s % slots.length]!];
          await m.query(
            `INSERT INTO slot_claims (vendor_id, date, unit, halves, kind, booking_id) VALUES ($1, $2, 0, $3, $4, $5) ON CONFLICT DO NOTHING`,
            [hall.vendorId, date, halves, state === 'HELD' ? 'HELD' : 'BOOKED', id],
          );
        }
      }
    }
  });
  return { couples: coupleIds, bookings, events: coupleIds.map((c) => ({ eventId: stableId('seed-event', c), ownerId: c })) };
}

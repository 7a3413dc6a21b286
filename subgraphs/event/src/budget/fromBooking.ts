import type { EntityManager } from 'typeorm';

/** States in which the booking's price stands as the line's quote. */
const pricedStates = ['QUOTED', 'COUNTER_OFFER', 'HELD', 'CONFIRMED', 'COMPLETED'];

export type BudgetFill = 'none' | 'created' | 'updated' | 'current';

/**
 * Brings a booking's budget line up to the booking as it stands now (not as the job that asks says it was), so a
 * late, retried or doubled job changes nothing: a line keeps the booking version it was filled from and only a
 * newer one moves it. The first price makes the line (a hall under VENUE, others under OTHER, for the couple to
 * refine) unless the couple linked one; once the vendor confirmed, the deposit is recorded as paid, once.
 */
export async function fillLineFromBooking(m: EntityManager, bookingId: string): Promise<BudgetFill> {
  const [booking] = await m.query(
    `SELECT b.id, b.event_id, to_char(b.date, 'YYYY-MM-DD') AS date, b.slot, b.state, b.price, b.deposit_percent, b.version,
            t.is_hall
     FROM bookings b JOIN vendor_terms t ON t.vendor_id = b.vendor_id WHERE b.id = $1`,
    [bookingId],
  );
  if (!booking) return 'none';
  const priced = pricedStates.includes(booking.state) && booking.price !== null;
  let outcome: BudgetFill = 'updated';
  let [line] = await m.query(`SELECT id, booking_version FROM budget_lines WHERE booking_id = $1 FOR UPDATE`, [bookingId]);
  if (!line) {
    if (!priced) return 'none';
    await m.query(
      `INSERT INTO budget_lines (event_id, category, label, planned, booking_id) VALUES ($1, $2, $3, 0, $4)
       ON CONFLICT (booking_id) DO NOTHING`,
      [booking.event_id, booking.is_hall ? 'VENUE' : 'OTHER', `Booking for ${booking.date} (${booking.slot.toLowerCase()})`, bookingId],
    );
    [line] = await m.query(`SELECT id, booking_version FROM budget_lines WHERE booking_id = $1 FOR UPDATE`, [bookingId]);
    outcome = 'created';
  }
  if (line.booking_version >= booking.version) return 'current';
  const deposit = priced && booking.deposit_percent !== null ? Math.round((booking.price * booking.deposit_percent) / 100) : null;
  await m.query(`UPDATE budget_lines SET booking_state = $2, quoted = $3, deposit = $4, booking_version = $5 WHERE id = $1`, [
    line.id,
    booking.state,
    priced ? booking.price : null,
    deposit,
    booking.version,
  ]);
  // The vendor confirms on receiving the deposit: it stays paid even if the booking is later called off.
  await m.query(
    `INSERT INTO budget_payments (line_id, amount, paid_on, note, deposit_of)
     SELECT $1, round(h.price * b.deposit_percent / 100.0)::int, (h.at AT TIME ZONE 'Africa/Algiers')::date,
            'Deposit (the vendor confirmed the booking)', b.id
     FROM bookings b JOIN booking_history h ON h.booking_id = b.id AND h.state = 'CONFIRMED'
     WHERE b.id = $2 AND h.price IS NOT NULL AND b.deposit_percent > 0 AND h.price > 0
     ORDER BY h.id LIMIT 1
     ON CONFLICT (deposit_of) DO NOTHING`,
    [line.id, bookingId],
  );
  return outcome;
}

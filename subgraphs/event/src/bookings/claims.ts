import type { EntityManager } from 'typeorm';
import type { Slot, VendorTermsRow } from '../entities/Booking.ts';

/** A slot as the halves of the day it takes: afternoon 0, evening 1. */
export const halvesOf: Record<Slot, string> = { AFTERNOON: '[0,1)', EVENING: '[1,2)', FULL_DAY: '[0,2)' };

/**
 * Takes one unit of the vendor's capacity for the booking's date and slot, or answers false when none is left.
 * Halls have one unit per half day; other vendors `dailyCapacity` units, each for the whole day. The exclusion
 * constraint decides: a concurrent claim on the same unit waits for the other transaction, then finds it taken.
 */
export async function claimSlot(
  m: EntityManager,
  terms: Pick<VendorTermsRow, 'vendorId' | 'isHall' | 'dailyCapacity'>,
  claim: { date: string; slot: Slot; bookingId: string | null; kind: 'HELD' | 'CLOSED' },
): Promise<boolean> {
  const halves = terms.isHall ? halvesOf[claim.slot] : halvesOf.FULL_DAY;
  const units = terms.isHall ? 1 : terms.dailyCapacity;
  for (let unit = 0; unit < units; unit++) {
    const rows: unknown[] = await m.query(
      `INSERT INTO slot_claims (vendor_id, date, unit, halves, kind, booking_id) VALUES ($1, $2, $3, $4, $5, $6)
       ON CONFLICT DO NOTHING RETURNING id`,
      [terms.vendorId, claim.date, unit, halves, claim.kind, claim.bookingId],
    );
    if (rows.length > 0) return true;
  }
  return false;
}

export async function releaseClaim(m: EntityManager, bookingId: string): Promise<void> {
  await m.query(`DELETE FROM slot_claims WHERE booking_id = $1`, [bookingId]);
}

export async function markBooked(m: EntityManager, bookingId: string): Promise<void> {
  await m.query(`UPDATE slot_claims SET kind = 'BOOKED' WHERE booking_id = $1`, [bookingId]);
}

import { randomUUID } from 'node:crypto';
import { notFound, unauthenticated, type Viewer, parseInput } from '@zaffa/shared';
import type { BookingDeps } from '../deps.ts';
import type { Slot, VendorTermsRow } from '../entities/Booking.ts';
import { emit } from '../outbox.ts';
import { halvesOf, claimSlot } from './claims.ts';
import { vendorDays, type VendorDay } from './availability.ts';
import { vendorDatesInput } from './inputs.ts';

/** The vendor's terms, when the viewer owns the vendor (or is staff); anyone else finds no such vendor. */
export async function ownedVendorTerms(deps: BookingDeps, viewer: Viewer | null, vendorId: string): Promise<VendorTermsRow> {
  if (!viewer) throw unauthenticated();
  const [terms] = await deps.db.query(
    `SELECT vendor_id AS "vendorId", owner_id AS "ownerId", status, is_hall AS "isHall", daily_capacity AS "dailyCapacity", offers, revision
     FROM vendor_terms WHERE vendor_id = $1`,
    [vendorId],
  );
  if (!terms || (terms.ownerId !== viewer.id && viewer.role !== 'STAFF')) throw notFound('Vendor');
  return terms;
}

/** A hall closes each half of the day on its own, so a full-day closure still takes the half left free. */
const closedParts = (terms: VendorTermsRow, slot: Slot): Slot[] =>
  terms.isHall && slot === 'FULL_DAY' ? ['AFTERNOON', 'EVENING'] : [slot];

/**
 * Closes the vendor's dates: every free unit of the slot gets a closure claim, so nobody can hold it; what is
 * already held or booked stays. Reopening removes the closures. Either way search hears of the days.
 */
export async function changeVendorDates(deps: BookingDeps, viewer: Viewer | null, raw: unknown, close: boolean): Promise<VendorDay[]> {
  const input = parseInput(vendorDatesInput, raw);
  const terms = await ownedVendorTerms(deps, viewer, input.vendorId);
  const dates = [...new Set(input.dates)].sort();
  const days = await deps.db.transaction(async (m) => {
    for (const date of dates) {
      if (close) {
        for (const part of closedParts(terms, input.slot)) {
          const units = terms.isHall ? 1 : terms.dailyCapacity;
          for (let i = 0; i < units; i++) await claimSlot(m, terms, { date, slot: part, bookingId: null, kind: 'CLOSED' });
        }
      } else {
        await m.query(`DELETE FROM slot_claims WHERE vendor_id = $1 AND date = $2 AND kind = 'CLOSED' AND halves && $3::int4range`, [
          terms.vendorId,
          date,
          terms.isHall ? halvesOf[input.slot] : halvesOf.FULL_DAY,
        ]);
      }
    }
    await emit(
      m,
      'event',
      'announceAvailability',
      { vendorId: terms.vendorId, dates },
      { jobId: `${terms.vendorId}-dates-${randomUUID()}` },
    );
    return vendorDays(m, terms, dates);
  });
  return days;
}

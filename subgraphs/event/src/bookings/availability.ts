import type { EntityManager } from 'typeorm';
import type { Slot, VendorTermsRow } from '../entities/Booking.ts';

export type SlotStatus = 'FREE' | 'HELD' | 'BOOKED' | 'CLOSED';
export interface VendorDay {
  date: string;
  slots: { slot: Slot; status: SlotStatus }[];
}

interface ClaimRow {
  date: string;
  unit: number;
  halves: string;
  kind: 'HELD' | 'BOOKED' | 'CLOSED';
}

const slotHalves: Record<Slot, number[]> = { AFTERNOON: [0], EVENING: [1], FULL_DAY: [0, 1] };
const claimHalves = (range: string): number[] => (range === '[0,1)' ? [0] : range === '[1,2)' ? [1] : [0, 1]);
// What a taken slot shows when several claims share it: the vendor's closure first, then a booking, then a hold.
const strength: SlotStatus[] = ['CLOSED', 'BOOKED', 'HELD'];

function statusOf(terms: Pick<VendorTermsRow, 'isHall' | 'dailyCapacity'>, slot: Slot, claims: ClaimRow[]): SlotStatus {
  const touching = terms.isHall ? claims.filter((c) => claimHalves(c.halves).some((h) => slotHalves[slot].includes(h))) : claims;
  if (touching.length === 0) return 'FREE';
  if (!terms.isHall && new Set(touching.map((c) => c.unit)).size < terms.dailyCapacity) return 'FREE';
  return strength.find((s) => touching.some((c) => c.kind === s))!;
}

const slots: Slot[] = ['FULL_DAY', 'AFTERNOON', 'EVENING'];

/** Each day's slots from `from` to `to`, as the claims stand in the caller's snapshot. */
export async function vendorDays(
  m: Pick<EntityManager, 'query'>,
  terms: Pick<VendorTermsRow, 'vendorId' | 'isHall' | 'dailyCapacity'>,
  dates: string[],
): Promise<VendorDay[]> {
  const claims: ClaimRow[] = await m.query(
    `SELECT date::text AS date, unit, halves::text AS halves, kind FROM slot_claims WHERE vendor_id = $1 AND date = ANY($2::date[])`,
    [terms.vendorId, dates],
  );
  return dates.map((date) => {
    const ofDay = claims.filter((c) => c.date === date);
    return { date, slots: slots.map((slot) => ({ slot, status: statusOf(terms, slot, ofDay) })) };
  });
}

/** Every calendar day from `from` to `to`, both included. */
export function daysBetween(from: string, to: string): string[] {
  const out: string[] = [];
  for (let t = Date.parse(`${from}T00:00:00Z`); t <= Date.parse(`${to}T00:00:00Z`); t += 86_400_000) {
    out.push(new Date(t).toISOString().slice(0, 10));
  }
  return out;
}

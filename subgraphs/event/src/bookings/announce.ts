import type { JobProducer } from '@zaffa/shared';
import type { DataSource } from 'typeorm';
import { vendorDays } from './availability.ts';

/**
 * Tells the vendor subgraph how the vendor's days stand now (committed state), for search's `availableOn`. The
 * reading time goes with it, so a late, older reading never overwrites a newer one.
 */
export async function announceAvailability(db: DataSource, jobs: JobProducer, vendorId: string, dates: string[]): Promise<number> {
  const [terms] = await db.query(
    `SELECT vendor_id AS "vendorId", is_hall AS "isHall", daily_capacity AS "dailyCapacity", statement_timestamp() AS at
     FROM vendor_terms WHERE vendor_id = $1`,
    [vendorId],
  );
  if (!terms) return 0;
  const observedAt = (terms.at as Date).toISOString();
  const days = await vendorDays(db, terms, dates);
  for (const day of days) {
    const status = (slot: string) => day.slots.find((s) => s.slot === slot)!.status;
    await jobs.enqueue(
      'vendor',
      'availabilityChanged',
      { vendorId, date: day.date, afternoon: status('AFTERNOON'), evening: status('EVENING'), observedAt },
      { jobId: `${vendorId}-${day.date}-availability-${(terms.at as Date).getTime()}` },
    );
  }
  return days.length;
}

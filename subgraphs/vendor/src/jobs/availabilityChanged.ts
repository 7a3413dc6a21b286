import type { JobPayload } from '@zaffa/shared';
import type { DataSource } from 'typeorm';

/**
 * Keeps search's copy of a vendor's day as the event subgraph last read it. A reading older than the one kept
 * changes nothing, so readings delivered out of order settle on the latest. True when the day changed.
 */
export async function applyAvailabilityChange(db: DataSource, change: JobPayload<'vendor', 'availabilityChanged'>): Promise<boolean> {
  const rows: unknown[] = await db.query(
    `INSERT INTO vendor_busy_days (vendor_id, date, afternoon, evening, observed_at)
     SELECT $1, $2, $3, $4, $5 WHERE EXISTS (SELECT 1 FROM vendors WHERE id = $1)
     ON CONFLICT (vendor_id, date) DO UPDATE SET afternoon = EXCLUDED.afternoon, evening = EXCLUDED.evening, observed_at = EXCLUDED.observed_at
     WHERE vendor_busy_days.observed_at < EXCLUDED.observed_at
     RETURNING date`,
    [change.vendorId, change.date, change.afternoon, change.evening, change.observedAt],
  );
  return rows.length > 0;
}

import type { JobPayload } from '@zaffa/shared';
import type { DataSource } from 'typeorm';

/** Keeps the event subgraph's copy of a vendor's booking terms; an older revision arriving late changes nothing. */
export async function applyVendorTerms(db: DataSource, terms: JobPayload<'event', 'vendorTermsChanged'>): Promise<boolean> {
  const rows: unknown[] = await db.query(
    `INSERT INTO vendor_terms (vendor_id, owner_id, status, is_hall, daily_capacity, offers, revision)
     VALUES ($1, $2, $3, $4, $5, $6, $7)
     ON CONFLICT (vendor_id) DO UPDATE SET owner_id = EXCLUDED.owner_id, status = EXCLUDED.status, is_hall = EXCLUDED.is_hall,
       daily_capacity = EXCLUDED.daily_capacity, offers = EXCLUDED.offers, revision = EXCLUDED.revision, updated_at = now()
     WHERE vendor_terms.revision < EXCLUDED.revision
     RETURNING vendor_id`,
    [terms.vendorId, terms.ownerId, terms.status, terms.isHall, terms.dailyCapacity, JSON.stringify(terms.offers), terms.revision],
  );
  return rows.length > 0;
}

import type { JobPayload } from '@zaffa/shared';
import type { DataSource } from 'typeorm';
import type { VendorDeps } from '../context.ts';
import { categoryId } from '../categories.ts';

const hallCategory = categoryId('salle-des-fetes');

export type VendorTerms = JobPayload<'event', 'vendorTermsChanged'>;

/** What the event subgraph needs to take bookings for vendors: owner, hall or not, events a day, offer prices. */
export async function readVendorTerms(db: DataSource, vendorIds: string[] | null): Promise<VendorTerms[]> {
  const rows: (Omit<VendorTerms, 'isHall'> & { categoryId: string })[] = await db.query(
    `SELECT v.id AS "vendorId", v.owner_id AS "ownerId", v.status, v.category_id AS "categoryId", v.daily_capacity AS "dailyCapacity",
            v.revision,
            coalesce(json_agg(json_build_object('id', o.id, 'basePrice', o.base_price, 'includedGuests', o.included_guests,
                                                'pricePerExtraGuest', o.price_per_extra_guest, 'depositPercent', o.deposit_percent)
                              ORDER BY o.position) FILTER (WHERE o.id IS NOT NULL), '[]') AS offers
     FROM vendors v LEFT JOIN offers o ON o.vendor_id = v.id
     WHERE $1::uuid[] IS NULL OR v.id = ANY($1::uuid[])
     GROUP BY v.id`,
    [vendorIds],
  );
  return rows.map(({ categoryId: category, ...terms }) => ({ ...terms, isHall: category === hallCategory }));
}

/**
 * Tells the event subgraph the vendor's booking terms. The job id names the revision, so a retry is a no-op and
 * the event side keeps only the newest.
 */
export async function announceTerms(deps: VendorDeps, vendorId: string): Promise<void> {
  const [terms] = await readVendorTerms(deps.db, [vendorId]);
  if (!terms) return;
  await deps.jobs.enqueue('event', 'vendorTermsChanged', terms, { jobId: `${vendorId}-terms-${terms.revision}` });
}

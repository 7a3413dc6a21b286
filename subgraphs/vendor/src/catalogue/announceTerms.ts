import type { VendorDeps } from '../context.ts';
import { categoryId } from '../categories.ts';

const hallCategory = categoryId('salle-des-fetes');

/**
 * Tells the event subgraph what it needs to take bookings for this vendor: its owner, whether it is a hall, how
 * many events a day it takes, and its offers' prices. The job id names the revision, so a retry is a no-op and
 * the event side keeps only the newest.
 */
export async function announceTerms(deps: VendorDeps, vendorId: string): Promise<void> {
  const [vendor] = await deps.db.query(`SELECT id, owner_id, status, category_id, daily_capacity, revision FROM vendors WHERE id = $1`, [
    vendorId,
  ]);
  if (!vendor) return;
  const offers: {
    id: string;
    base_price: number;
    included_guests: number | null;
    price_per_extra_guest: number;
    deposit_percent: number;
  }[] = await deps.db.query(
    `SELECT id, base_price, included_guests, price_per_extra_guest, deposit_percent FROM offers WHERE vendor_id = $1 ORDER BY position`,
    [vendorId],
  );
  await deps.jobs.enqueue(
    'event',
    'vendorTermsChanged',
    {
      vendorId,
      ownerId: vendor.owner_id,
      status: vendor.status,
      isHall: vendor.category_id === hallCategory,
      dailyCapacity: vendor.daily_capacity,
      offers: offers.map((o) => ({
        id: o.id,
        basePrice: o.base_price,
        includedGuests: o.included_guests,
        pricePerExtraGuest: o.price_per_extra_guest,
        depositPercent: o.deposit_percent,
      })),
      revision: vendor.revision,
    },
    { jobId: `${vendorId}-terms-${vendor.revision}` },
  );
}

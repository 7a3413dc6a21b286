import type { JobPayload, JobProducer } from '@zaffa/shared';
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
 * Tells the event subgraph these vendors' booking terms, and notes the revision sent. The job id names the
 * revision, so a retry is a no-op and the event side keeps only the newest.
 */
export async function sendTerms(db: DataSource, jobs: JobProducer, vendorIds: string[]): Promise<number> {
  const all = await readVendorTerms(db, vendorIds);
  for (const terms of all) {
    await jobs.enqueue('event', 'vendorTermsChanged', terms, { jobId: `${terms.vendorId}-terms-${terms.revision}` });
    await db.query(`UPDATE vendors SET terms_revision = greatest(terms_revision, $2) WHERE id = $1`, [terms.vendorId, terms.revision]);
  }
  return all.length;
}

export const announceTerms = (deps: VendorDeps, vendorId: string) => sendTerms(deps.db, deps.jobs, [vendorId]);

/**
 * Sends again the terms that may not have reached the event subgraph: those never queued (Redis away at the
 * change), and those of vendors changed within `recentMs`, whose job a Redis restart may have taken before it ran.
 * The event side keeps only newer revisions, so sending one twice changes nothing.
 */
export async function reconcileTerms(db: DataSource, jobs: JobProducer, recentMs: number, limit = 1000): Promise<{ sent: number }> {
  const behind: { id: string }[] = await db.query(
    `SELECT id FROM vendors WHERE terms_revision < revision
     UNION SELECT id FROM vendors WHERE updated_at > now() - make_interval(secs => $2::float8 / 1000)
     LIMIT $1`,
    [limit, recentMs],
  );
  return {
    sent:
      behind.length === 0
        ? 0
        : await sendTerms(
            db,
            jobs,
            behind.map((b) => b.id),
          ),
  };
}

/** After a seed wrote the event subgraph's copy itself: every vendor's terms count as sent. */
export async function markTermsSent(db: DataSource): Promise<void> {
  await db.query(`UPDATE vendors SET terms_revision = revision WHERE terms_revision < revision`);
}

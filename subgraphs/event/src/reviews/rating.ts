import type { EntityManager } from 'typeorm';
import { emit } from '../outbox.ts';

/**
 * The vendor's figures over its visible reviews, sent to the vendor subgraph (its copy filters and sorts search) in
 * the caller's transaction; the reading time orders late deliveries.
 */
export async function emitRatingChanged(m: EntityManager, vendorId: string): Promise<void> {
  const [row] = await m.query(
    `SELECT round(avg(rating), 2)::float8 AS rating, count(*)::int AS count, clock_timestamp() AS at
     FROM reviews WHERE vendor_id = $1 AND hidden_at IS NULL`,
    [vendorId],
  );
  const at = row.at as Date;
  await emit(
    m,
    'vendor',
    'ratingChanged',
    { vendorId, rating: row.rating, reviewCount: row.count, observedAt: at.toISOString() },
    { jobId: `${vendorId}-rating-${at.getTime()}` },
  );
}

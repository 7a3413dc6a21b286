import type { DataSource } from 'typeorm';

export interface RatingChange {
  vendorId: string;
  rating: number | null;
  reviewCount: number;
  observedAt: string;
}

/**
 * Keeps the vendor's copy of its review average, which the event subgraph owns. Applies only figures newer
 * than the one kept, so events arriving out of order settle on the latest. True when the vendor changed.
 */
export async function applyRatingChange(db: DataSource, change: RatingChange): Promise<boolean> {
  const [, affected] = await db.query(
    `UPDATE vendors SET rating = $2, review_count = $3, rating_observed_at = $4, revision = revision + 1, updated_at = now()
     WHERE id = $1 AND (rating_observed_at IS NULL OR rating_observed_at < $4)`,
    [change.vendorId, change.rating, change.reviewCount, change.observedAt],
  );
  return affected > 0;
}

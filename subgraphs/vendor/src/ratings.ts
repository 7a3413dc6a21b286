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

export interface ResponseStatsChange {
  vendorId: string;
  medianReplySeconds: number | null;
  replyRate: number | null;
  observedAt: string;
}

/** Keeps the vendor's copy of how it answers couples (messaging owns the figures); newer figures only. */
export async function applyResponseStatsChange(db: DataSource, change: ResponseStatsChange): Promise<boolean> {
  const [, affected] = await db.query(
    `UPDATE vendors SET median_reply_s = $2, reply_rate = $3, response_observed_at = $4, revision = revision + 1, updated_at = now()
     WHERE id = $1 AND (response_observed_at IS NULL OR response_observed_at < $4)`,
    [change.vendorId, change.medianReplySeconds, change.replyRate, change.observedAt],
  );
  return affected > 0;
}

/** Sets many vendors' rating copies at once, from figures the event subgraph's seed reports. */
export async function applySeededRatings(
  db: DataSource,
  figures: { vendorId: string; rating: number | null; reviewCount: number }[],
): Promise<void> {
  for (let i = 0; i < figures.length; i += 5000) {
    const batch = figures.slice(i, i + 5000);
    await db.query(
      `UPDATE vendors v SET rating = f.rating, review_count = f.count, rating_observed_at = now(), revision = revision + 1, updated_at = now()
       FROM unnest($1::uuid[], $2::real[], $3::int[]) AS f(id, rating, count) WHERE v.id = f.id`,
      [batch.map((f) => f.vendorId), batch.map((f) => f.rating), batch.map((f) => f.reviewCount)],
    );
  }
}

import { stableId } from '@zaffa/shared';
import type { DataSource } from 'typeorm';

export interface SeededRating {
  vendorId: string;
  rating: number | null;
  reviewCount: number;
}

/** How a review strays from its vendor's usual: mostly on it, sometimes a star off either way. */
const spread = [-1, 0, 0, 0, 1];

const bodies = [
  'Accueil chaleureux, tout était parfait le jour J.',
  'Très professionnels, je recommande sans hésiter.',
  'Bon rapport qualité-prix, quelques retards.',
  'خدمة ممتازة وأسعار معقولة',
  'Service correct mais communication difficile.',
  'Nos invités en parlent encore !',
];

/**
 * Writes 0 to 12 reviews for each vendor, the same on every machine, and returns every vendor's figures
 * (null rating without reviews) so the vendor subgraph's copy can be set to agree.
 */
export async function seedReviews(db: DataSource, vendorIds: string[]): Promise<SeededRating[]> {
  for (let i = 0; i < vendorIds.length; i += 2000) {
    const rows = vendorIds.slice(i, i + 2000).flatMap((vendorId, j) => {
      const n = i + j;
      const count = (n * 7) % 13;
      const leaning = 3 + ((n * 11) % 3); // each vendor's reviews lean to 3, 4 or 5 stars
      return Array.from({ length: count }, (_, k) => ({
        id: stableId('seed-review', `${vendorId}/${k}`),
        vendorId,
        authorId: stableId('seed-couple', String((n + k * 31) % 5000)),
        rating: Math.min(5, leaning + spread[(n + k) % spread.length]!),
        body: bodies[(n + k) % bodies.length]!,
      }));
    });
    if (rows.length === 0) continue;
    await db.query(
      `INSERT INTO reviews (id, vendor_id, author_id, rating, body, imported) SELECT *, true FROM unnest($1::uuid[], $2::uuid[], $3::uuid[], $4::int[], $5::text[]) ON CONFLICT DO NOTHING`,
      [rows.map((r) => r.id), rows.map((r) => r.vendorId), rows.map((r) => r.authorId), rows.map((r) => r.rating), rows.map((r) => r.body)],
    );
  }
  const figures: { vendor_id: string; rating: string; count: number }[] = await db.query(
    `SELECT vendor_id, round(avg(rating), 2) AS rating, count(*)::int AS count FROM reviews WHERE vendor_id = ANY($1::uuid[]) GROUP BY vendor_id`,
    [vendorIds],
  );
  const byVendor = new Map(figures.map((f) => [f.vendor_id, f]));
  return vendorIds.map((vendorId) => {
    const f = byVendor.get(vendorId);
    return { vendorId, rating: f ? Number(f.rating) : null, reviewCount: f?.count ?? 0 };
  });
}

import DataLoader from 'dataloader';
import { loaderById } from '@zaffa/shared';
import type { DataSource } from 'typeorm';
import { EventEntity } from './entities/Event.ts';

export interface VendorRating {
  rating: number | null;
  reviewCount: number;
}

export function createLoaders(db: DataSource) {
  return {
    event: loaderById(db, EventEntity),
    /** Mean rating and count for each vendor asked for, in one aggregate query. */
    vendorRating: new DataLoader<string, VendorRating>(async (vendorIds) => {
      const rows: { vendor_id: string; rating: string; count: number }[] = await db.query(
        `SELECT vendor_id, avg(rating) AS rating, count(*)::int AS count FROM reviews WHERE vendor_id = ANY($1::uuid[]) GROUP BY vendor_id`,
        [vendorIds],
      );
      const byVendor = new Map(rows.map((r) => [r.vendor_id, { rating: Math.round(Number(r.rating) * 100) / 100, reviewCount: r.count }]));
      return vendorIds.map((id) => byVendor.get(id) ?? { rating: null, reviewCount: 0 });
    }),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;

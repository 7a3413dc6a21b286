import DataLoader from 'dataloader';
import { loaderById } from '@zaffa/shared';
import type { DataSource } from 'typeorm';
import { BookingEntity, BookingMoveEntity, type BookingMoveRow, VendorTermsEntity } from './entities/Booking.ts';
import { EventEntity } from './entities/Event.ts';
import { ReviewEntity, type ReviewRow } from './entities/Review.ts';

export interface VendorRating {
  rating: number | null;
  reviewCount: number;
}

export function createLoaders(db: DataSource) {
  return {
    event: loaderById(db, EventEntity),
    booking: loaderById(db, BookingEntity),
    vendorTerms: new DataLoader(async (ids: readonly string[]) => {
      const rows = await db.getRepository(VendorTermsEntity).createQueryBuilder('t').where('t.vendor_id IN (:...ids)', { ids }).getMany();
      const byId = new Map(rows.map((r) => [r.vendorId, r]));
      return ids.map((id) => byId.get(id) ?? null);
    }),
    /** Each booking's moves, oldest first, for all the bookings of a page in one query. */
    history: new DataLoader<string, BookingMoveRow[]>(async (ids) => {
      const rows = await db
        .getRepository(BookingMoveEntity)
        .createQueryBuilder('h')
        .where('h.booking_id IN (:...ids)', { ids })
        .orderBy('h.id')
        .getMany();
      return ids.map((id) => rows.filter((r) => r.bookingId === id));
    }),
    reviewOfBooking: new DataLoader<string, ReviewRow | null>(async (ids) => {
      const rows = await db.getRepository(ReviewEntity).createQueryBuilder('r').where('r.booking_id IN (:...ids)', { ids }).getMany();
      return ids.map((id) => rows.find((r) => r.bookingId === id) ?? null);
    }),
    review: loaderById(db, ReviewEntity),
    /** Mean rating and count of each vendor's visible reviews, in one aggregate query. */
    vendorRating: new DataLoader<string, VendorRating>(async (vendorIds) => {
      const rows: { vendor_id: string; rating: string; count: number }[] = await db.query(
        `SELECT vendor_id, avg(rating) AS rating, count(*)::int AS count FROM reviews
         WHERE vendor_id = ANY($1::uuid[]) AND hidden_at IS NULL GROUP BY vendor_id`,
        [vendorIds],
      );
      const byVendor = new Map(rows.map((r) => [r.vendor_id, { rating: Math.round(Number(r.rating) * 100) / 100, reviewCount: r.count }]));
      return vendorIds.map((id) => byVendor.get(id) ?? { rating: null, reviewCount: 0 });
    }),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;

import { EntitySchema } from 'typeorm';

export type VendorStatus = 'DRAFT' | 'PUBLISHED' | 'SUSPENDED';

export interface VendorRow {
  id: string;
  name: string;
  slug: string;
  description: string;
  categoryId: string;
  placeId: string;
  address: string;
  /** The vendor's own coordinates; null means its commune's. */
  latitude: number | null;
  longitude: number | null;
  phone: string | null;
  email: string | null;
  website: string | null;
  ownerId: string;
  capacity: number | null;
  /** Events a non-hall vendor takes on one day; halls rent each slot once whatever this says. */
  dailyCapacity: number;
  /** Lowest and highest offer base prices, kept by every offer change. */
  priceMin: number | null;
  priceMax: number | null;
  /** Copy of the event subgraph's review average, for search filters and sorting. */
  rating: number | null;
  reviewCount: number;
  ratingObservedAt: Date | null;
  status: VendorStatus;
  /** Bumped by every change that search shows; the index row carries the revision it was built from. */
  revision: number;
  createdAt: Date;
  updatedAt: Date;
}

export const VendorEntity = new EntitySchema<VendorRow>({
  name: 'Vendor',
  tableName: 'vendors',
  columns: {
    id: { type: 'uuid', primary: true, generated: 'uuid' },
    name: { type: 'text' },
    slug: { type: 'text', unique: true },
    description: { type: 'text', default: '' },
    categoryId: { type: 'uuid', name: 'category_id' },
    placeId: { type: 'uuid', name: 'place_id' },
    address: { type: 'text', default: '' },
    latitude: { type: 'double precision', nullable: true },
    longitude: { type: 'double precision', nullable: true },
    phone: { type: 'text', nullable: true },
    email: { type: 'text', nullable: true },
    website: { type: 'text', nullable: true },
    ownerId: { type: 'uuid', name: 'owner_id' },
    capacity: { type: 'int', nullable: true },
    dailyCapacity: { type: 'int', name: 'daily_capacity', default: 1 },
    priceMin: { type: 'int', name: 'price_min', nullable: true },
    priceMax: { type: 'int', name: 'price_max', nullable: true },
    rating: { type: 'real', nullable: true },
    reviewCount: { type: 'int', name: 'review_count', default: 0 },
    ratingObservedAt: { type: 'timestamptz', name: 'rating_observed_at', nullable: true },
    status: { type: 'text', default: 'DRAFT' },
    revision: { type: 'int', default: 1 },
    createdAt: { type: 'timestamptz', name: 'created_at', createDate: true },
    updatedAt: { type: 'timestamptz', name: 'updated_at', updateDate: true },
  },
});

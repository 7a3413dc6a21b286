import { EntitySchema } from 'typeorm';

export type VendorStatus = 'DRAFT' | 'PUBLISHED' | 'SUSPENDED';

export interface VendorRow {
  id: string;
  name: string;
  slug: string;
  description: string;
  categoryId: string;
  placeId: string;
  ownerId: string;
  capacity: number | null;
  priceMin: number | null;
  priceMax: number | null;
  status: VendorStatus;
  createdAt: Date;
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
    ownerId: { type: 'uuid', name: 'owner_id' },
    capacity: { type: 'int', nullable: true },
    priceMin: { type: 'int', name: 'price_min', nullable: true },
    priceMax: { type: 'int', name: 'price_max', nullable: true },
    status: { type: 'text', default: 'DRAFT' },
    createdAt: { type: 'timestamptz', name: 'created_at', createDate: true },
  },
});

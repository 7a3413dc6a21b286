import { loaderById } from '@zaffa/shared';
import type { DataSource } from 'typeorm';
import { CategoryEntity } from './entities/Category.ts';
import { PlaceEntity } from './entities/Place.ts';
import { VendorEntity } from './entities/Vendor.ts';

export function createLoaders(db: DataSource) {
  return {
    vendor: loaderById(db, VendorEntity),
    category: loaderById(db, CategoryEntity),
    place: loaderById(db, PlaceEntity),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;

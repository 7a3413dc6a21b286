import { loaderById } from '@zaffa/shared';
import DataLoader from 'dataloader';
import { In, type DataSource } from 'typeorm';
import { OfferEntity, type OfferRow } from './entities/Offer.ts';
import { VendorEntity } from './entities/Vendor.ts';
import { referenceLoader } from './referenceData.ts';

/** Every vendor's offers asked for in one tick, in one query, each list in the vendor's order. */
function offersByVendor(db: DataSource) {
  return new DataLoader<string, OfferRow[]>(async (vendorIds) => {
    const rows = await db
      .getRepository(OfferEntity)
      .find({ where: { vendorId: In([...vendorIds]) }, order: { position: 'ASC', createdAt: 'ASC' } });
    const byVendor = Map.groupBy(rows, (r) => r.vendorId);
    return vendorIds.map((id) => byVendor.get(id) ?? []);
  });
}

export function createLoaders(db: DataSource) {
  return {
    vendor: loaderById(db, VendorEntity),
    category: referenceLoader(db, 'categories'),
    place: referenceLoader(db, 'places'),
    offersByVendor: offersByVendor(db),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;

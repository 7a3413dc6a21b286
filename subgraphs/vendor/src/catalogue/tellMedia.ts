import { stableId, writeEvent } from '@zaffa/shared';
import type { EntityManager } from 'typeorm';
import type { VendorRow } from '../entities/Vendor.ts';

/** Tells media, in the change's transaction, who may fill the vendor's gallery and whether everyone may see it. */
export const tellMedia = (tx: EntityManager, vendor: Pick<VendorRow, 'id' | 'ownerId' | 'status' | 'revision'>) =>
  writeEvent(
    tx,
    'media',
    'vendorChanged',
    { vendorId: vendor.id, ownerId: vendor.ownerId, published: vendor.status === 'PUBLISHED', revision: vendor.revision },
    { id: stableId('media-vendor', `${vendor.id}/${vendor.revision}`) },
  );

import { EntitySchema } from 'typeorm';

/** A package a vendor sells: a base price for up to `includedGuests`, then a price per extra guest; whole DZD. */
export interface OfferRow {
  id: string;
  vendorId: string;
  name: string;
  basePrice: number;
  includedGuests: number | null;
  pricePerExtraGuest: number;
  includes: string[];
  depositPercent: number;
  depositTerms: string;
  position: number;
  createdAt: Date;
}

export const OfferEntity = new EntitySchema<OfferRow>({
  name: 'Offer',
  tableName: 'offers',
  columns: {
    id: { type: 'uuid', primary: true, generated: 'uuid' },
    vendorId: { type: 'uuid', name: 'vendor_id' },
    name: { type: 'text' },
    basePrice: { type: 'int', name: 'base_price' },
    includedGuests: { type: 'int', name: 'included_guests', nullable: true },
    pricePerExtraGuest: { type: 'int', name: 'price_per_extra_guest', default: 0 },
    includes: { type: 'text', array: true, default: () => `'{}'` },
    depositPercent: { type: 'int', name: 'deposit_percent', default: 0 },
    depositTerms: { type: 'text', name: 'deposit_terms', default: '' },
    position: { type: 'int', default: 0 },
    createdAt: { type: 'timestamptz', name: 'created_at', createDate: true },
  },
});

import type { VendorResolvers } from '../__generated__/resolvers-types.ts';
import { visibleTo } from '../visibility.ts';

export const Vendor: VendorResolvers = {
  __resolveReference: async (ref, { loaders, viewer }) => {
    const vendor = await loaders.vendor.load(ref.id);
    return vendor && visibleTo(vendor, viewer) ? vendor : null;
  },
  category: async (vendor, _args, { loaders }) => (await loaders.category.load(vendor.categoryId))!,
  place: async (vendor, _args, { loaders }) => (await loaders.place.load(vendor.placeId))!,
  latitude: async (vendor, _args, { loaders }) => vendor.latitude ?? (await loaders.place.load(vendor.placeId))?.latitude ?? null,
  longitude: async (vendor, _args, { loaders }) => vendor.longitude ?? (await loaders.place.load(vendor.placeId))?.longitude ?? null,
  contact: (vendor) => ({ phone: vendor.phone, email: vendor.email, website: vendor.website }),
  offers: (vendor, _args, { loaders }) => loaders.offersByVendor.load(vendor.id),
  owner: (vendor) => ({ id: vendor.ownerId }),
  createdAt: (vendor) => vendor.createdAt.toISOString(),
  updatedAt: (vendor) => vendor.updatedAt.toISOString(),
};

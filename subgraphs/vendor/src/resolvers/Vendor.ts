import type { VendorResolvers } from '../__generated__/resolvers-types.ts';
import { visibleTo } from '../visibility.ts';

export const Vendor: VendorResolvers = {
  __resolveReference: async (ref, { loaders, viewer }) => {
    const vendor = await loaders.vendor.load(ref.id);
    return vendor && visibleTo(vendor, viewer) ? vendor : null;
  },
  category: async (vendor, _args, { loaders }) => (await loaders.category.load(vendor.categoryId))!,
  place: async (vendor, _args, { loaders }) => (await loaders.place.load(vendor.placeId))!,
  owner: (vendor) => ({ id: vendor.ownerId }),
  createdAt: (vendor) => vendor.createdAt.toISOString(),
};

import type { VendorResolvers } from '../__generated__/resolvers-types.ts';

/** The event subgraph's part of a vendor: what couples said of it. */
export const Vendor: VendorResolvers = {
  rating: async (vendor, _args, { loaders }) => (await loaders.vendorRating.load(vendor.id)).rating,
  reviewCount: async (vendor, _args, { loaders }) => (await loaders.vendorRating.load(vendor.id)).reviewCount,
};

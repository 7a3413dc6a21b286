import type { VendorResolvers } from '../__generated__/resolvers-types.ts';

/** The messaging subgraph's part of a vendor: how it answers couples, as the last job computed it. */
export const Vendor: VendorResolvers = {
  responseStats: (vendor, _args, { loaders }) => loaders.responseStats.load(vendor.id),
};

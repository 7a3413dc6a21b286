import { pageSize } from '@zaffa/shared';
import type { VendorResolvers } from '../__generated__/resolvers-types.ts';

/** The media subgraph's part of a vendor: its photos. */
export const Vendor: VendorResolvers = {
  gallery: async (vendor, { first }, { loaders }) => (await loaders.attached.load(`VENDOR_GALLERY/${vendor.id}`)).slice(0, pageSize(first)),
};

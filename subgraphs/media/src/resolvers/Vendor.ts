import { pageSize } from '@zaffa/shared';
import type { VendorResolvers } from '../__generated__/resolvers-types.ts';
import { targetKey } from '../loaders.ts';

/** The media subgraph's part of a vendor: its photos, seen by everyone once it is published, by its owner (and staff) before. */
export const Vendor: VendorResolvers = {
  gallery: async (vendor, { first }, { loaders }) =>
    (await loaders.attached.load(targetKey('VENDOR_GALLERY', vendor.id))).slice(0, pageSize(first)),
  cover: async (vendor, _args, { loaders }) => (await loaders.attached.load(targetKey('VENDOR_GALLERY', vendor.id)))[0] ?? null,
};

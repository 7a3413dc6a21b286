import { pageSize } from '@zaffa/shared';
import type { VendorResolvers } from '../__generated__/resolvers-types.ts';
import { targetKey, type Loaders } from '../loaders.ts';

/** The photos the vendor's owner attached to it; none when the owner is not known. */
const photos = async (vendor: { id: string; owner?: { id: string } | null }, loaders: Loaders) =>
  vendor.owner?.id ? loaders.attached.load(targetKey('VENDOR_GALLERY', vendor.id, vendor.owner.id)) : [];

/** The media subgraph's part of a vendor: the photos its owner attached to it. */
export const Vendor: VendorResolvers = {
  gallery: async (vendor, { first }, { loaders }) => (await photos(vendor, loaders)).slice(0, pageSize(first)),
  cover: async (vendor, _args, { loaders }) => (await photos(vendor, loaders))[0] ?? null,
};

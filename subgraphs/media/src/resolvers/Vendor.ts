import { pageSize } from '@zaffa/shared';
import type { VendorResolvers } from '../__generated__/resolvers-types.ts';
import { targetKey } from '../loaders.ts';

/** The media subgraph's part of a vendor: the photos its owner attached to it. */
export const Vendor: VendorResolvers = {
  gallery: async ({ id, owner }, { first }, { loaders }) => (owner ? (await loaders.attached.load(targetKey('VENDOR_GALLERY', id, owner.id))).slice(0, pageSize(first)) : null),
  cover: async ({ id, owner }, _args, { loaders }) => (owner ? ((await loaders.attached.load(targetKey('VENDOR_GALLERY', id, owner.id)))[0] ?? null) : null),
};

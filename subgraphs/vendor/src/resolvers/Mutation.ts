import type { MutationResolvers } from '../__generated__/resolvers-types.ts';
import { addOffer, removeOffer, updateOffer } from '../catalogue/offers.ts';
import { moveVendor } from '../catalogue/status.ts';
import { createVendor, updateVendor } from '../catalogue/vendors.ts';

export const Mutation: MutationResolvers = {
  createVendor: async (_parent, { input }, ctx) => ({ vendor: await createVendor(ctx, input) }),
  updateVendor: async (_parent, { input }, ctx) => ({ vendor: await updateVendor(ctx, input) }),
  publishVendor: async (_parent, { input }, ctx) => ({ vendor: await moveVendor(ctx, input, 'publish') }),
  unpublishVendor: async (_parent, { input }, ctx) => ({ vendor: await moveVendor(ctx, input, 'unpublish') }),
  suspendVendor: async (_parent, { input }, ctx) => ({ vendor: await moveVendor(ctx, input, 'suspend') }),
  reinstateVendor: async (_parent, { input }, ctx) => ({ vendor: await moveVendor(ctx, input, 'reinstate') }),
  addOffer: (_parent, { input }, ctx) => addOffer(ctx, input),
  updateOffer: (_parent, { input }, ctx) => updateOffer(ctx, input),
  removeOffer: async (_parent, { input }, ctx) => ({ vendor: await removeOffer(ctx, input) }),
};

import type { DeviceResolvers } from '../__generated__/resolvers-types.ts';

export const Device: DeviceResolvers = {
  createdAt: (d) => d.created_at.toISOString(),
};

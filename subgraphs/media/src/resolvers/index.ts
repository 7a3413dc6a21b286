import type { Resolvers } from '../__generated__/resolvers-types.ts';
import { Media } from './Media.ts';
import { Query } from './Query.ts';
import { Vendor } from './Vendor.ts';

export const resolvers: Resolvers = { Query, Media, Vendor };

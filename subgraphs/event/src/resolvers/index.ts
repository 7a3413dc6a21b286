import type { Resolvers } from '../__generated__/resolvers-types.ts';
import { Event } from './Event.ts';
import { Mutation } from './Mutation.ts';
import { Query } from './Query.ts';
import { Vendor } from './Vendor.ts';

export const resolvers: Resolvers = { Query, Mutation, Event, Vendor };

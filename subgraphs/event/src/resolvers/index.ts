import type { Resolvers } from '../__generated__/resolvers-types.ts';
import { Booking, BookingMove } from './Booking.ts';
import { DateScalar } from '@zaffa/shared';
import { Event } from './Event.ts';
import { Mutation } from './Mutation.ts';
import { Query } from './Query.ts';
import { Review } from './Review.ts';
import { Task } from './Task.ts';
import { Vendor } from './Vendor.ts';

export const resolvers: Resolvers = { Date: DateScalar, Query, Mutation, Event, Booking, BookingMove, Review, Vendor, Task };

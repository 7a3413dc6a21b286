import type { Resolvers } from '../__generated__/resolvers-types.ts';
import { Booking, BookingMove } from './Booking.ts';
import { DateScalar } from '@zaffa/shared';
import { Event } from './Event.ts';
import { Mutation } from './Mutation.ts';
import { Query } from './Query.ts';
import { Review } from './Review.ts';
import { Subscription } from './Subscription.ts';
import { Task } from './Task.ts';
import { Vendor } from './Vendor.ts';
import { guestResolvers } from '../guests/resolvers.ts';
import { budgetResolvers } from '../budget/resolvers.ts';

export const resolvers: Resolvers = {
  Date: DateScalar,
  Query: { ...Query, ...guestResolvers.Query },
  Mutation: { ...Mutation, ...guestResolvers.Mutation, ...budgetResolvers.Mutation },
  Event: { ...Event, ...guestResolvers.Event, ...budgetResolvers.Event },
  Subscription,
  Booking,
  BookingMove,
  Review,
  Vendor,
  Task,
  Guest: guestResolvers.Guest,
  Invitation: guestResolvers.Invitation,
  BudgetLine: budgetResolvers.BudgetLine,
};

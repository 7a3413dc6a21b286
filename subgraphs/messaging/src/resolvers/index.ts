import type { Resolvers } from '../__generated__/resolvers-types.ts';
import { Booking } from './Booking.ts';
import { Conversation } from './Conversation.ts';
import { Device } from './Device.ts';
import { Message } from './Message.ts';
import { Mutation } from './Mutation.ts';
import { Notification } from './Notification.ts';
import { Query } from './Query.ts';
import { ResponseStats } from './ResponseStats.ts';
import { Subscription } from './Subscription.ts';
import { User } from './User.ts';
import { Vendor } from './Vendor.ts';

export const resolvers: Resolvers = {
  Query,
  Mutation,
  Subscription,
  Conversation,
  Message,
  Notification,
  Device,
  ResponseStats,
  User,
  Vendor,
  Booking,
};

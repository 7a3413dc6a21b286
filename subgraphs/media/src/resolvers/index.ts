import type { Resolvers } from '../__generated__/resolvers-types.ts';
import { Event } from './Event.ts';
import { Media } from './Media.ts';
import { Message } from './Message.ts';
import { MediaVariant } from './MediaVariant.ts';
import { Mutation } from './Mutation.ts';
import { Query } from './Query.ts';
import { User } from './User.ts';
import { Vendor } from './Vendor.ts';
import { Upload } from '../uploads/fileScalar.ts';

export const resolvers: Resolvers = { Upload, Query, Mutation, Media, MediaVariant, Vendor, Event, User, Message };

import GraphQLUpload from 'graphql-upload/GraphQLUpload.mjs';
import type { Resolvers } from '../__generated__/resolvers-types.ts';
import { Event } from './Event.ts';
import { Media } from './Media.ts';
import { MediaVariant } from './MediaVariant.ts';
import { Mutation } from './Mutation.ts';
import { Query } from './Query.ts';
import { Subscription } from './Subscription.ts';
import { User } from './User.ts';
import { Vendor } from './Vendor.ts';

export const resolvers: Resolvers = { Upload: GraphQLUpload, Query, Mutation, Subscription, Media, MediaVariant, Vendor, Event, User };

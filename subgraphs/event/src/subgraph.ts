import { readFileSync } from 'node:fs';
import type { SubgraphDefinition } from '@zaffa/shared';
import { publishBookingChanges } from './bookings/bookingEvents.ts';
import type { Context } from './context.ts';
import { BookingEntity, BookingMoveEntity, VendorTermsEntity } from './entities/Booking.ts';
import { EventEntity } from './entities/Event.ts';
import { ReviewEntity } from './entities/Review.ts';
import { createLoaders } from './loaders.ts';
import { migrations } from './migrations/index.ts';
import { resolvers } from './resolvers/index.ts';
import { eventConfig, type EventSettings } from './config.ts';

export const entities = [EventEntity, ReviewEntity, BookingEntity, BookingMoveEntity, VendorTermsEntity];

export const event: SubgraphDefinition<Context, EventSettings> = {
  name: 'event',
  typeDefs: readFileSync(new URL('./schema.graphql', import.meta.url), 'utf8'),
  resolvers,
  entities,
  migrations,
  config: eventConfig,
  outbox: { onRelayed: (deps) => publishBookingChanges(deps.events) },
  businessFields: { 'Mutation.requestBooking': 'booking_requested', 'Mutation.confirmBooking': 'booking_confirmed' },
  context: (base, deps) => ({ ...base, deps, loaders: createLoaders(deps.db) }),
};

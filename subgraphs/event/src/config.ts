import { z } from 'zod';
import { defineConfig, portVariable, subgraphSecretVariables } from '@zaffa/shared';

/** How long each waiting state of a booking lasts; read by the subgraph (it sets deadlines) and the workers (timers). */
const bookingVariables = {
  BOOKING_INQUIRY_TTL_S: {
    schema: z.coerce
      .number()
      .int()
      .positive()
      .default(48 * 3600),
    description: 'How long a booking request (or a counter-offer) waits for the vendor before it expires.',
  },
  BOOKING_QUOTE_TTL_S: {
    schema: z.coerce
      .number()
      .int()
      .positive()
      .default(7 * 24 * 3600),
    description: "How long a vendor's quote waits for the couple before it expires.",
  },
  BOOKING_HOLD_DAY_S: {
    schema: z.coerce.number().int().positive().default(86_400),
    description: "Length of one of a quote's `holdDays`, in seconds: a held date is released when they run out. Tests shorten it.",
  },
  BOOKING_COMPLETE_AFTER_S: {
    schema: z.coerce
      .number()
      .int()
      .min(-366 * 86_400)
      .max(366 * 86_400)
      .default(0),
    description:
      'When a confirmed booking completes: seconds after the start of the day following its date (Africa/Algiers). Tests set it negative.',
  },
  BOOKING_TIMER_GRACE_MS: {
    schema: z.coerce.number().int().min(0).default(30_000),
    description: "How late a booking's timer must be before the reconciler takes over from its job.",
  },
};

/** The bookings' durations, as both the subgraph and the workers read them. */
export type BookingSettings = { [K in keyof typeof bookingVariables]: number };

/** The event subgraph's variables: its port and the bookings' durations. */
export const eventConfig = defineConfig({
  service: 'event',
  port: 'EVENT_PORT',
  variables: {
    EVENT_PORT: portVariable(4003, 'Port of the event subgraph.'),
    ...subgraphSecretVariables,
    ...bookingVariables,
  },
});

export type EventSettings = ReturnType<typeof eventConfig.load>;

/** What the event subgraph's jobs read in the workers process. */
export const eventJobsConfig = defineConfig({
  service: 'workers',
  variables: {
    ...bookingVariables,
    BOOKING_TIMER_RECONCILE_MS: {
      schema: z.coerce.number().int().min(500).default(60_000),
      description: 'How often the workers look for bookings whose timer is overdue (its job lost) and move them.',
    },
  },
});

import { z } from 'zod';
import { ConfigError, defineConfig, portVariable, subgraphSecretVariables } from '@zaffa/shared';

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

/** When checklist reminders go out; read by the subgraph (it schedules them) and the workers (they send them). */
const reminderVariables = {
  REMINDER_DAYS_BEFORE: {
    schema: z.coerce.number().int().min(0).max(60).default(7),
    description: "How many days before a task's due date its early reminder goes out (the other goes on the day), at 09:00 Africa/Algiers.",
  },
  REMINDER_CLOCK_OFFSET_MS: {
    schema: z.coerce.number().int().default(0),
    description:
      "Milliseconds added to the machine's clock wherever reminders read the time (scheduling, sending, reconciling). Tests set it so that a 09:00 reminder is seconds away; refused in production unless 0.",
  },
};

/** The reminders' settings, as both the subgraph and the workers read them. */
export type ReminderSettings = { [K in keyof typeof reminderVariables]: number };

/** A shifted reminder clock is for tests: in production it would send every reminder at the wrong time. */
function realClockInProduction<C extends { NODE_ENV: string; REMINDER_CLOCK_OFFSET_MS: number }>(config: C): C {
  if (config.NODE_ENV === 'production' && config.REMINDER_CLOCK_OFFSET_MS !== 0)
    throw new ConfigError('Invalid environment:\n  REMINDER_CLOCK_OFFSET_MS: must be 0 in production');
  return config;
}

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
    ...reminderVariables,
  },
  finish: realClockInProduction,
});

export type EventSettings = ReturnType<typeof eventConfig.load>;

/** What the event subgraph's jobs read in the workers process. */
export const eventJobsConfig = defineConfig({
  service: 'workers',
  variables: {
    ...bookingVariables,
    ...reminderVariables,
    REMINDER_RECONCILE_MS: {
      schema: z.coerce.number().int().min(500).default(60_000),
      description: 'How often the workers look for checklist reminders whose job was lost (overdue and unsent) and send them.',
    },
    REMINDER_GRACE_MS: {
      schema: z.coerce.number().int().min(0).default(60_000),
      description: 'How late a checklist reminder must be before the reconciler takes over from its job.',
    },
    BOOKING_TIMER_RECONCILE_MS: {
      schema: z.coerce.number().int().min(500).default(60_000),
      description: 'How often the workers look for bookings whose timer is overdue (its job lost) and move them.',
    },
  },
  finish: realClockInProduction,
});

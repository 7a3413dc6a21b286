import { EventBus, openDatabase, startOwnOutboxRelay, type JobHandlers, type SubgraphJobs } from '@zaffa/shared';
import { publishBookingChanges } from '../bookings/bookingEvents.ts';
import { announceAvailability } from '../bookings/announce.ts';
import { reconcileBookingTimers, runBookingTimer } from '../bookings/timers.ts';
import { applyVendorTerms } from '../bookings/vendorTerms.ts';
import type { BookingDeps } from '../deps.ts';
import { migrations } from '../migrations/index.ts';
import { eventJobsConfig } from '../config.ts';
import { entities } from '../subgraph.ts';
import { bookingMoved } from './bookingMoved.ts';
import type { ChecklistDeps } from '../checklist/deps.ts';
import { reconcileReminders, reminderJobId, sendReminder } from '../checklist/reminders.ts';

/** The workers' dependencies for booking and checklist jobs alike. */
export type EventJobDeps = BookingDeps & ChecklistDeps & { settings: { REMINDER_GRACE_MS: number } };

/** The event subgraph's jobs, for the workers to host. */
export function eventJobHandlers(deps: EventJobDeps): JobHandlers['event'] {
  return {
    vendorTermsChanged: async (terms) => ({ changed: await applyVendorTerms(deps.db, terms) }),
    bookingMoved: bookingMoved(deps),
    announceAvailability: async ({ vendorId, dates }) => ({ announced: await announceAvailability(deps.db, deps.jobs, vendorId, dates) }),
    bookingTimer: async ({ bookingId, version }) => {
      const outcome = await runBookingTimer(deps, bookingId, version);
      // Redis's clock ran ahead of Postgres's: try again shortly (the job's backoff), the reconciler as a last resort.
      if (outcome === 'early') throw new Error(`booking ${bookingId} timer fired before its time`);
      return { outcome };
    },
    reconcileBookingTimers: () => reconcileBookingTimers(deps, deps.log),
    taskReminder: async ({ taskId, version, daysBefore }) => {
      const outcome = await sendReminder(deps, reminderJobId(taskId, version, daysBefore));
      // Redis's clock ran ahead of ours: try again shortly (the job's backoff), the reconciler as a last resort.
      if (outcome === 'early') throw new Error(`task ${taskId} reminder fired before its time`);
      return { outcome };
    },
    reconcileTaskReminders: () => reconcileReminders(deps, deps.settings.REMINDER_GRACE_MS, deps.log),
  };
}

/** Periodic jobs, with fixed scheduler ids so every worker process agrees on one of each. */
export async function scheduleEventJobs(deps: Pick<BookingDeps, 'jobs'>, every: { timersMs: number; remindersMs: number }): Promise<void> {
  const queue = deps.jobs.queue('event');
  await queue.upsertJobScheduler('task-reminders-reconcile', { every: every.remindersMs }, { name: 'reconcileTaskReminders', data: {} });
  await queue.upsertJobScheduler('booking-timers-reconcile', { every: every.timersMs }, { name: 'reconcileBookingTimers', data: {} });
  // The kernel outbox relay sends the subgraph's events now; the periodic relay of old has no handler left.
  await queue.removeJobScheduler('event-outbox-relay');
}

/** The event subgraph's queue, run by the workers process on the event database. */
export const eventJobs: SubgraphJobs = async ({ env, log, jobs, redis, queuePrefix }) => {
  const config = eventJobsConfig.load(env);
  const db = await openDatabase({
    serverUrl: config.DATABASE_URL,
    name: `${config.DATABASE_PREFIX}_event`,
    entities,
    migrations,
    log,
    poolSize: 4,
  });
  const deps: EventJobDeps = { db, jobs, log, settings: config };
  // Timers move bookings here, writing events of their own: this process relays them too, and announces them.
  const relay = startOwnOutboxRelay(config.REDIS_URL, 'zaffa-workers-event-outbox', {
    db,
    prefix: queuePrefix,
    log,
    onRelayed: publishBookingChanges(new EventBus(redis, queuePrefix)),
  });
  return {
    handlers: { event: eventJobHandlers(deps) },
    schedule: () => scheduleEventJobs(deps, { timersMs: config.BOOKING_TIMER_RECONCILE_MS, remindersMs: config.REMINDER_RECONCILE_MS }),
    ready: () => db.query('SELECT 1'),
    close: async () => {
      await relay.stop();
      await db.destroy();
    },
  };
};

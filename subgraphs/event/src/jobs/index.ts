import { openDatabase, type JobHandlers, type SubgraphJobs } from '@zaffa/shared';
import { announceAvailability } from '../bookings/announce.ts';
import { reconcileBookingTimers, runBookingTimer } from '../bookings/timers.ts';
import { applyVendorTerms } from '../bookings/vendorTerms.ts';
import type { BookingDeps } from '../deps.ts';
import { migrations } from '../migrations/index.ts';
import { eventJobsConfig } from '../config.ts';
import { entities } from '../subgraph.ts';
import { pruneOutbox, relayOutbox } from '../outbox.ts';
import { bookingMoved } from './bookingMoved.ts';

/** The event subgraph's jobs, for the workers to host. */
export function eventJobHandlers(deps: BookingDeps): JobHandlers['event'] {
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
    relayOutbox: async () => {
      const sent = await relayOutbox(deps.db, deps.jobs);
      await pruneOutbox(deps.db);
      return { sent };
    },
  };
}

/** Periodic jobs, with fixed scheduler ids so every worker process agrees on one of each. */
export async function scheduleEventJobs(deps: BookingDeps, every: { timersMs: number; outboxMs: number }): Promise<void> {
  const queue = deps.jobs.queue('event');
  await queue.upsertJobScheduler('booking-timers-reconcile', { every: every.timersMs }, { name: 'reconcileBookingTimers', data: {} });
  await queue.upsertJobScheduler('event-outbox-relay', { every: every.outboxMs }, { name: 'relayOutbox', data: {} });
}

/** The event subgraph's queue, run by the workers process on the event database. */
export const eventJobs: SubgraphJobs = async ({ env, log, jobs }) => {
  const config = eventJobsConfig.load(env);
  const db = await openDatabase({
    serverUrl: config.DATABASE_URL,
    name: `${config.DATABASE_PREFIX}_event`,
    entities,
    migrations,
    log,
    poolSize: 4,
  });
  const deps: BookingDeps = { db, jobs, log, settings: config };
  return {
    handlers: { event: eventJobHandlers(deps) },
    schedule: () => scheduleEventJobs(deps, { timersMs: config.BOOKING_TIMER_RECONCILE_MS, outboxMs: config.EVENT_OUTBOX_RELAY_MS }),
    ready: () => db.query('SELECT 1'),
    close: () => db.destroy(),
  };
};

import type { JobHandlers } from '@zaffa/shared';
import { announceAvailability } from '../bookings/announce.ts';
import { reconcileBookingTimers, runBookingTimer } from '../bookings/timers.ts';
import { applyVendorTerms } from '../bookings/vendorTerms.ts';
import type { BookingDeps } from '../deps.ts';
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

import type { Logger } from '@zaffa/shared';
import type { BookingDeps } from '../deps.ts';
import { lockBooking, applyMove, afterMove } from './move.ts';

export type TimerOutcome = 'moved' | 'stale' | 'early' | 'missing';

/**
 * Runs a booking's timer: an open or held booking expires, a confirmed one completes. Only when the booking is
 * still at the version the timer was set for (any later move made it stale) and its time has come.
 */
export async function runBookingTimer(deps: BookingDeps, bookingId: string, version: number | null): Promise<TimerOutcome> {
  const result = await deps.db.transaction(async (m) => {
    const locked = await lockBooking(m, bookingId);
    if (!locked) return { outcome: 'missing' as const, staleTimers: [] };
    const { booking } = locked;
    if ((version !== null && booking.version !== version) || !booking.timerAt) return { outcome: 'stale' as const, staleTimers: [] };
    if (booking.timerAt.getTime() > Date.now()) return { outcome: 'early' as const, staleTimers: [] };
    const move = booking.state === 'CONFIRMED' ? 'complete' : 'expire';
    const note = move === 'complete' ? null : `No answer in time (${booking.state})`;
    const { staleTimers } = await applyMove(m, deps.settings, locked, move, 'TIMER', null, note);
    return { outcome: 'moved' as const, staleTimers };
  });
  if (result.outcome === 'moved') await afterMove(deps, []);
  return result.outcome;
}

/**
 * Moves every booking whose timer is overdue by more than the grace period: its job was lost (Redis restarted
 * without its data) or never sent. Each goes through the same timer, so a job arriving late does nothing.
 */
export async function reconcileBookingTimers(deps: BookingDeps, log: Logger, limit = 500): Promise<{ moved: number }> {
  const overdue: { id: string }[] = await deps.db.query(
    `SELECT id FROM bookings WHERE timer_at < now() - make_interval(secs => $1::float8 / 1000) ORDER BY timer_at LIMIT $2`,
    [deps.settings.BOOKING_TIMER_GRACE_MS, limit],
  );
  let moved = 0;
  for (const { id } of overdue) if ((await runBookingTimer(deps, id, null)) === 'moved') moved++;
  if (moved > 0) log.warn({ moved }, 'booking timers were overdue (lost jobs); moved them');
  return { moved };
}

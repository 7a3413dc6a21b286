import { ErrorCode, ZaffaError, forbidden, isUuid, notFound, unauthenticated, type Viewer } from '@zaffa/shared';
import type { EntityManager } from 'typeorm';
import type { BookingDeps } from '../deps.ts';
import { BookingEntity, type BookingActor, type BookingRow, type BookingState, type VendorTermsRow } from '../entities/Booking.ts';
import { emit } from '../outbox.ts';
import type { BookingSettings } from '../config.ts';
import { vendorDays } from './availability.ts';
import { claimSlot, markBooked, releaseClaim } from './claims.ts';
import { moves, openStates, type MoveName } from './machine.ts';

export interface LockedBooking {
  booking: BookingRow;
  eventOwners: string[];
  terms: VendorTermsRow;
}

/** The booking with what decides who may act on it, locked until the transaction ends. */
export async function lockBooking(m: EntityManager, id: string): Promise<LockedBooking | null> {
  if (!isUuid(id)) return null;
  const booking = await m.getRepository(BookingEntity).findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
  if (!booking) return null;
  const [event] = await m.query(`SELECT owner_id, partner_id FROM events WHERE id = $1`, [booking.eventId]);
  const [terms] = await m.query(
    `SELECT vendor_id AS "vendorId", owner_id AS "ownerId", status, is_hall AS "isHall", daily_capacity AS "dailyCapacity", offers, revision
     FROM vendor_terms WHERE vendor_id = $1`,
    [booking.vendorId],
  );
  return { booking, eventOwners: [event.owner_id, event.partner_id].filter(Boolean), terms };
}

/** The sides the viewer stands on for this booking: its couple, its vendor, both, or none. */
export function sidesOf(viewer: Viewer, locked: Pick<LockedBooking, 'eventOwners' | 'terms'>): BookingActor[] {
  const sides: BookingActor[] = [];
  if (locked.eventOwners.includes(viewer.id)) sides.push('COUPLE');
  if (locked.terms.ownerId === viewer.id) sides.push('VENDOR');
  return sides;
}

export const invalidTransition = (state: BookingState, move: MoveName) =>
  new ZaffaError(ErrorCode.INVALID_TRANSITION, `A booking in state ${state} cannot be moved by ${move}`, { state });

export const dateUnavailable = () =>
  new ZaffaError(ErrorCode.DATE_UNAVAILABLE, 'The vendor has no room left on that date and slot', { field: 'date' });

function timerSql(state: BookingState, s: BookingSettings): string {
  switch (state) {
    case 'INQUIRY':
    case 'COUNTER_OFFER':
      return `now() + make_interval(secs => ${s.BOOKING_INQUIRY_TTL_S})`;
    case 'QUOTED':
      return `now() + make_interval(secs => ${s.BOOKING_QUOTE_TTL_S})`;
    case 'HELD':
      return `now() + make_interval(secs => hold_days * ${s.BOOKING_HOLD_DAY_S})`;
    case 'CONFIRMED':
      // The day after the wedding starts at midnight in Algeria, whatever the server's zone.
      return `((date + 1)::timestamp AT TIME ZONE 'Africa/Algiers') + make_interval(secs => ${s.BOOKING_COMPLETE_AFTER_S})`;
    default:
      return 'NULL';
  }
}

export interface MoveChanges {
  price?: number;
  depositPercent?: number;
  holdDays?: number;
}

/** Records a booking's move in the caller's transaction: history row, domain event, and the new state's timer. */
export async function recordMove(
  m: EntityManager,
  booking: BookingRow,
  from: BookingState | null,
  actor: BookingActor,
  actorId: string | null,
  note: string | null,
): Promise<void> {
  const [{ at }] = await m.query(
    `INSERT INTO booking_history (booking_id, state, actor, actor_id, note, price) VALUES ($1, $2, $3, $4, $5, $6) RETURNING at`,
    [booking.id, booking.state, actor, actorId, note, booking.price],
  );
  await emit(
    m,
    'event',
    'bookingMoved',
    {
      bookingId: booking.id,
      eventId: booking.eventId,
      vendorId: booking.vendorId,
      coupleId: booking.coupleId,
      date: booking.date,
      slot: booking.slot,
      from,
      to: booking.state,
      actor,
      at: (at as Date).toISOString(),
      price: booking.price,
      depositPercent: booking.depositPercent,
      message: from === null ? booking.message : note,
    },
    { jobId: `${booking.id}-moved-${booking.version}` },
  );
  if (booking.timerAt) {
    await emit(
      m,
      'event',
      'bookingTimer',
      { bookingId: booking.id, version: booking.version },
      { jobId: timerJobId(booking.id, booking.version), notBefore: booking.timerAt },
    );
  }
}

export const timerJobId = (bookingId: string, version: number) => `${bookingId}-timer-${version}`;

/**
 * Moves a locked booking (the caller has checked who may), with everything the move carries: the date claimed on
 * accept (or DATE_UNAVAILABLE), booked on confirm and released when a held or confirmed booking ends; on confirm,
 * the other open requests that can no longer have their slot are declined. Returns the booking as it now is and
 * the timer jobs the move made stale.
 */
export async function applyMove(
  m: EntityManager,
  settings: BookingSettings,
  locked: LockedBooking,
  move: MoveName,
  actor: BookingActor,
  actorId: string | null,
  note: string | null,
  changes: MoveChanges = {},
): Promise<{ booking: BookingRow; staleTimers: string[] }> {
  const { booking: before, terms } = locked;
  const to = moves[move].to(actor);
  if (to === 'HELD') {
    const claimed = await claimSlot(m, terms, { date: before.date, slot: before.slot, bookingId: before.id, kind: 'HELD' });
    if (!claimed) throw dateUnavailable();
  }
  if (to === 'CONFIRMED') await markBooked(m, before.id);
  if ((before.state === 'HELD' || before.state === 'CONFIRMED') && to !== 'CONFIRMED' && to !== 'COMPLETED') {
    await releaseClaim(m, before.id);
  }
  await m.query(
    `UPDATE bookings SET state = $2, version = version + 1, updated_at = now(),
       price = coalesce($3, price), deposit_percent = coalesce($4, deposit_percent), hold_days = coalesce($5, hold_days),
       timer_at = ${timerSql(to, settings)}
     WHERE id = $1`,
    [before.id, to, changes.price ?? null, changes.depositPercent ?? null, changes.holdDays ?? null],
  );
  const booking = await m.getRepository(BookingEntity).findOneByOrFail({ id: before.id });
  await recordMove(m, booking, before.state, actor, actorId, note);
  const staleTimers = before.timerAt ? [timerJobId(before.id, before.version)] : [];
  if (to === 'CONFIRMED') staleTimers.push(...(await declineCompetitors(m, settings, locked)));
  return { booking, staleTimers };
}

/** Open requests for the confirmed booking's vendor and date whose slot is now taken are declined by Zaffa itself. */
async function declineCompetitors(m: EntityManager, settings: BookingSettings, confirmed: LockedBooking): Promise<string[]> {
  const { booking, terms } = confirmed;
  const [day] = await vendorDays(m, terms, [booking.date]);
  const taken = new Set(day!.slots.filter((s) => s.status !== 'FREE').map((s) => s.slot));
  const others = await m
    .getRepository(BookingEntity)
    .createQueryBuilder('b')
    .setLock('pessimistic_write')
    .where('b.vendor_id = :vendorId AND b.date = :date AND b.id <> :id AND b.state IN (:...open)', {
      vendorId: booking.vendorId,
      date: booking.date,
      id: booking.id,
      open: openStates,
    })
    .orderBy('b.id')
    .getMany();
  const stale: string[] = [];
  for (const other of others.filter((o) => taken.has(o.slot))) {
    const result = await applyMove(
      m,
      settings,
      { booking: other, eventOwners: [], terms },
      'decline',
      'SYSTEM',
      null,
      'The vendor confirmed another booking for this date',
    );
    stale.push(...result.staleTimers);
  }
  return stale;
}

/** After the transaction (whose events and timers the outbox relay sends): the timers it made stale are dropped. */
export async function afterMove(deps: BookingDeps, staleTimers: string[]): Promise<void> {
  for (const jobId of staleTimers) {
    // A stale timer left behind does nothing when it fires (its version is old); removing it only keeps Redis tidy.
    await deps.jobs
      .queue('event')
      .remove(jobId)
      .catch((err: unknown) => deps.log.warn({ err, jobId }, 'could not remove a stale booking timer'));
  }
}

/**
 * A couple's or vendor's move, checked in this order: signed in; the booking is theirs to see (else it does not
 * exist for them); they are the side the move belongs to (FORBIDDEN); the state allows it (INVALID_TRANSITION).
 */
export async function moveAsViewer(
  deps: BookingDeps,
  viewer: Viewer | null,
  bookingId: string,
  move: MoveName,
  note: string | null,
  changes: MoveChanges = {},
): Promise<BookingRow> {
  if (!viewer) throw unauthenticated();
  const { booking, staleTimers } = await deps.db.transaction(async (m) => {
    const locked = await lockBooking(m, bookingId);
    const sides = locked ? sidesOf(viewer, locked) : [];
    if (!locked || (sides.length === 0 && viewer.role !== 'STAFF')) throw notFound('Booking');
    const rule = moves[move];
    const actor = rule.by.find((side) => sides.includes(side));
    if (!actor) throw forbidden(`Only the booking's ${rule.by.includes('COUPLE') ? 'couple' : 'vendor'} can do this`);
    if (!rule.from.includes(locked.booking.state)) throw invalidTransition(locked.booking.state, move);
    return applyMove(m, deps.settings, locked, move, actor, viewer.id, note, changes);
  });
  await afterMove(deps, staleTimers);
  return booking;
}

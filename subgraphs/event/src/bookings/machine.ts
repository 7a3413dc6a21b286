import type { BookingActor, BookingState } from '../entities/Booking.ts';

/** Waiting for someone: the couple or the vendor may still act, and a timer runs. */
export const openStates: BookingState[] = ['INQUIRY', 'QUOTED', 'COUNTER_OFFER'];

export type MoveName = 'quote' | 'counter' | 'accept' | 'confirm' | 'decline' | 'cancel' | 'expire' | 'complete';

interface MoveRule {
  from: BookingState[];
  by: BookingActor[];
  to: (actor: BookingActor) => BookingState;
}

/** The booking state machine: every allowed move, from which states, by whom. Anything else is refused. */
export const moves: Record<MoveName, MoveRule> = {
  quote: { from: ['INQUIRY', 'COUNTER_OFFER'], by: ['VENDOR'], to: () => 'QUOTED' },
  counter: { from: ['QUOTED'], by: ['COUPLE'], to: () => 'COUNTER_OFFER' },
  accept: { from: ['QUOTED'], by: ['COUPLE'], to: () => 'HELD' },
  confirm: { from: ['HELD'], by: ['VENDOR'], to: () => 'CONFIRMED' },
  decline: { from: openStates, by: ['VENDOR', 'SYSTEM'], to: () => 'DECLINED' },
  cancel: {
    from: [...openStates, 'HELD', 'CONFIRMED'],
    by: ['COUPLE', 'VENDOR'],
    to: (actor) => (actor === 'COUPLE' ? 'CANCELLED_BY_COUPLE' : 'CANCELLED_BY_VENDOR'),
  },
  expire: { from: [...openStates, 'HELD'], by: ['TIMER'], to: () => 'EXPIRED' },
  complete: { from: ['CONFIRMED'], by: ['TIMER'], to: () => 'COMPLETED' },
};

/** States that take the vendor's date: their claim is what makes a second booking impossible. */
export const claimingStates: BookingState[] = ['HELD', 'CONFIRMED', 'COMPLETED'];

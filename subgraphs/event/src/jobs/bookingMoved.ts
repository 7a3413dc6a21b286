import type { JobHandler } from '@zaffa/shared';
import { announceAvailability } from '../bookings/announce.ts';
import { claimingStates } from '../bookings/machine.ts';
import { fillLineFromBooking } from '../budget/fromBooking.ts';
import type { BookingDeps } from '../deps.ts';

/**
 * A booking moved. When the move took or freed the vendor's date, search hears how that day stands now; the couple's
 * budget line follows the booking's price, deposit and state. (The conversation with the vendor is the other
 * listener this event is meant for.)
 */
export const bookingMoved =
  (deps: BookingDeps): JobHandler<'event', 'bookingMoved'> =>
  async (moved) => {
    const budget = await deps.db.transaction((m) => fillLineFromBooking(m, moved.bookingId));
    const touchesDate = claimingStates.includes(moved.to as never) || (moved.from !== null && claimingStates.includes(moved.from as never));
    if (!touchesDate) return { announced: 0, budget };
    return { announced: await announceAvailability(deps.db, deps.jobs, moved.vendorId, [moved.date]), budget };
  };

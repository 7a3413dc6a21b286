import type { JobHandler } from '@zaffa/shared';
import { announceAvailability } from '../bookings/announce.ts';
import { claimingStates } from '../bookings/machine.ts';
import type { BookingDeps } from '../deps.ts';

/**
 * A booking moved. When the move took or freed the vendor's date, search hears how that day stands now. (The
 * couple's budget and the conversation with the vendor are the other listeners this event is meant for.)
 */
export const bookingMoved =
  (deps: BookingDeps): JobHandler<'event', 'bookingMoved'> =>
  async (moved) => {
    const touchesDate = claimingStates.includes(moved.to as never) || (moved.from !== null && claimingStates.includes(moved.from as never));
    if (!touchesDate) return { announced: 0 };
    return { announced: await announceAvailability(deps.db, deps.jobs, moved.vendorId, [moved.date]) };
  };

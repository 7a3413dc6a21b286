import { CreateEvents1763800000000 } from './1763800000000-CreateEvents.ts';
import { Bookings1764100000000 } from './1764100000000-Bookings.ts';
import { Tasks1765500000000 } from './1765500000000-Tasks.ts';

/** In the order they apply. */
export const migrations = [CreateEvents1763800000000, Bookings1764100000000, Tasks1765500000000];

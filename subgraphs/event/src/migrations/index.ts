import { CreateEvents1763800000000 } from './1763800000000-CreateEvents.ts';
import { Bookings1764100000000 } from './1764100000000-Bookings.ts';
import { KernelOutbox1765000000000 } from './1765000000000-KernelOutbox.ts';
import { Tasks1765500000000 } from './1765500000000-Tasks.ts';
import { GuestsAndBudget1765600000000 } from './1765600000000-GuestsAndBudget.ts';

/** In the order they apply. */
export const migrations = [
  CreateEvents1763800000000,
  Bookings1764100000000,
  KernelOutbox1765000000000,
  Tasks1765500000000,
  GuestsAndBudget1765600000000,
];

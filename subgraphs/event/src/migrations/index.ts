import { CreateEvents1763800000000 } from './1763800000000-CreateEvents.ts';

/** In the order they apply. */
export const migrations = [CreateEvents1763800000000];

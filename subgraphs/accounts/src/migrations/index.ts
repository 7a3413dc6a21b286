import { CreateUsers1763800000000 } from './1763800000000-CreateUsers.ts';

/** In the order they apply. */
export const migrations = [CreateUsers1763800000000];

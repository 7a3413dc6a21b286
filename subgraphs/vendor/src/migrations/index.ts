import { CreateCatalogue1763800000000 } from './1763800000000-CreateCatalogue.ts';

/** In the order they apply. */
export const migrations = [CreateCatalogue1763800000000];

import { CreateMedia1763800000000 } from './1763800000000-CreateMedia.ts';

/** In the order they apply. */
export const migrations = [CreateMedia1763800000000];

import { CreateUsers1763800000000 } from './1763800000000-CreateUsers.ts';
import { CreateSessions1763800000001 } from './1763800000001-CreateSessions.ts';

/** In the order they apply. */
export const migrations = [CreateUsers1763800000000, CreateSessions1763800000001];

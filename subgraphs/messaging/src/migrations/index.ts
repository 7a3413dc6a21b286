import { CreateOutbox1764500000000 } from './1764500000000-CreateOutbox.ts';
import { CreateMessaging1764500000100 } from './1764500000100-CreateMessaging.ts';

/** In the order they apply. */
export const migrations = [CreateOutbox1764500000000, CreateMessaging1764500000100];

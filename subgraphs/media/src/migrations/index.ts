import { CreateMedia1763800000000 } from './1763800000000-CreateMedia.ts';
import { MediaProcessing1763900000000 } from './1763900000000-MediaProcessing.ts';
import { MediaByChecksum1764600000000 } from './1764600000000-MediaByChecksum.ts';

/** In the order they apply. */
export const migrations = [CreateMedia1763800000000, MediaProcessing1763900000000, MediaByChecksum1764600000000];

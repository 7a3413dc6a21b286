import { CreateOutbox1764500000000 } from './1764500000000-CreateOutbox.ts';
import { CreateMedia1763800000000 } from './1763800000000-CreateMedia.ts';
import { MediaProcessing1763900000000 } from './1763900000000-MediaProcessing.ts';
import { MessageAttachments1764500000200 } from './1764500000200-MessageAttachments.ts';
import { MediaByChecksum1764600000000 } from './1764600000000-MediaByChecksum.ts';
import { MediaTargets1765300000000 } from './1765300000000-MediaTargets.ts';

/** In the order they apply. */
export const migrations = [
  CreateMedia1763800000000,
  MediaProcessing1763900000000,
  CreateOutbox1764500000000,
  MessageAttachments1764500000200,
  MediaByChecksum1764600000000,
  MediaTargets1765300000000,
];

import { z } from 'zod';
import type { EnvVars } from './variable.ts';

/** Where stored media live: the gateway, the media subgraph and the workers read the same folder. */
export const storageVariables = {
  MEDIA_STORAGE_DIR: {
    schema: z.string().min(1).default('.data/media'),
    description: 'Root of the sharded media store (relative paths start at the repository root). Media, workers and the gateway share it.',
  },
} satisfies EnvVars;

/** Upload limits the gateway and the media subgraph must agree on, declared once for both. */
export const uploadLimitVariables = {
  MEDIA_MAX_BYTES: {
    schema: z.coerce
      .number()
      .int()
      .positive()
      .default(15 * 1024 * 1024),
    description: 'Largest accepted upload, in bytes; a longer file is cut off and refused with `PAYLOAD_TOO_LARGE`.',
  },
  MEDIA_MAX_FILES: {
    schema: z.coerce.number().int().positive().default(10),
    description: 'Most files one `uploadMedias` request may carry.',
  },
} satisfies EnvVars;

import { z } from 'zod';
import {
  defineConfig,
  openBlobStorage,
  portVariable,
  referenceSecret,
  storageVariables,
  uploadLimitVariables,
  uploadReferenceVariables,
} from '@zaffa/shared';

/** The media subgraph's variables: its port, where files go, how many files an upload may carry, the key of file references. */
export const mediaConfig = defineConfig({
  service: 'media',
  port: 'MEDIA_PORT',
  variables: {
    MEDIA_PORT: portVariable(4004, 'Port of the media subgraph.'),
    ...storageVariables,
    ...uploadLimitVariables,
    ...uploadReferenceVariables,
  },
  finish: (config) => ({
    ...config,
    storage: openBlobStorage(config),
    maxFiles: config.MEDIA_MAX_FILES,
    /** Checks the gateway's references to the files it received. */
    referenceSecret: referenceSecret(config),
  }),
});

export type MediaSettings = ReturnType<typeof mediaConfig.load>;

/** What media's jobs read in the workers process: the same store, and how hard image work may go. */
export const mediaJobsConfig = defineConfig({
  service: 'workers',
  variables: {
    ...storageVariables,
    MEDIA_MAX_PIXELS: {
      schema: z.coerce.number().int().positive().default(100_000_000),
      description: 'Largest image the workers decode (width × height); a bigger one fails as a likely decompression bomb.',
    },
    MEDIA_UNATTACHED_TTL_HOURS: {
      schema: z.coerce.number().positive().default(24),
      description: 'How long an upload may stay unattached before the cleanup job removes it (and its files, when no one shares them).',
    },
    MEDIA_SWEEP_AFTER_HOURS: {
      schema: z.coerce.number().positive().default(24),
      description:
        "Age after which the sweep job removes files a crash left in the store's working folders (`.tmp/`, `received/`, `tus/`, and `incoming/` files of no waiting upload).",
    },
    MEDIA_THREADS: {
      schema: z.coerce.number().int().positive().default(2),
      description: 'Image-processing threads in each workers process.',
    },
  },
});

import { z } from 'zod';
import {
  defineConfig,
  openBlobStorage,
  portVariable,
  referenceSecret,
  storageVariables,
  subgraphSecretVariables,
  uploadLimitVariables,
  uploadReferenceVariables,
} from '@zaffa/shared';

/**
 * The media subgraph's variables: its port, where files go, how many files an upload may carry, the key of file
 * references (which also seals download URLs), each user's quota, how long a signed URL works.
 */
export const mediaConfig = defineConfig({
  service: 'media',
  port: 'MEDIA_PORT',
  variables: {
    MEDIA_PORT: portVariable(4004, 'Port of the media subgraph.'),
    ...subgraphSecretVariables,
    ...storageVariables,
    ...uploadLimitVariables,
    ...uploadReferenceVariables,
    MEDIA_QUOTA_BYTES_PER_USER: {
      schema: z.coerce
        .number()
        .int()
        .positive()
        .default(2 * 1024 ** 3),
      description:
        'Most bytes of uploads one user may keep (failed ones and expired ones do not count); an upload past it is refused with `QUOTA_EXCEEDED`.',
    },
    MEDIA_URL_TTL_SECONDS: {
      schema: z.coerce.number().int().positive().default(900),
      description:
        "How long a signed download URL of a private media works (rounded up to the next minute, so caches can reuse it); the viewer's next query gets a fresh one.",
    },
  },
  finish: (config) => ({
    ...config,
    storage: openBlobStorage(config),
    maxFiles: config.MEDIA_MAX_FILES,
    /** Checks the gateway's references to the files it received. */
    referenceSecret: referenceSecret(config),
    quotaBytes: config.MEDIA_QUOTA_BYTES_PER_USER,
    urlTtlSeconds: config.MEDIA_URL_TTL_SECONDS,
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

import { z } from 'zod';
import { defineConfig, LocalDiskStorage, portVariable, storageVariables, uploadLimitVariables, type BlobStorage } from '@zaffa/shared';

/** The media subgraph's variables: its port, where files go, how much an upload may carry. */
export const mediaConfig = defineConfig({
  service: 'media',
  port: 'MEDIA_PORT',
  variables: {
    MEDIA_PORT: portVariable(4004, 'Port of the media subgraph.'),
    ...storageVariables,
    ...uploadLimitVariables,
  },
  finish: (config) => ({
    ...config,
    storage: new LocalDiskStorage(config.MEDIA_STORAGE_DIR) as BlobStorage,
    maxBytes: config.MEDIA_MAX_BYTES,
    maxFiles: config.MEDIA_MAX_FILES,
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
    MEDIA_THREADS: {
      schema: z.coerce.number().int().positive().default(2),
      description: 'Image-processing threads in each workers process.',
    },
  },
});

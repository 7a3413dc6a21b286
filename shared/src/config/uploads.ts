import { z } from 'zod';
import type { EnvVars } from './variable.ts';

/** Where stored media live: the gateway, the media subgraph and the workers read the same folder. */
export const storageVariables = {
  MEDIA_STORAGE_DIR: {
    schema: z.string().min(1).default('.data/media'),
    description: 'Root of the sharded media store (relative paths start at the repository root). Media, workers and the gateway share it.',
  },
  MEDIA_STORAGE: {
    schema: z.enum(['disk', 's3']).default('disk'),
    description:
      'Where media bytes live: `disk` (under `MEDIA_STORAGE_DIR`) or `s3` (a bucket of any S3-compatible store, for several machines).',
  },
  MEDIA_S3_BUCKET: {
    schema: z.string().min(3).optional(),
    description: 'Bucket of the media files when `MEDIA_STORAGE=s3` (required then); it must exist.',
  },
  MEDIA_S3_ENDPOINT: {
    schema: z.url().optional(),
    description: 'URL of an S3-compatible store (MinIO, Ceph, a provider); AWS S3 itself when unset.',
  },
  MEDIA_S3_REGION: { schema: z.string().min(1).default('us-east-1'), description: 'Region of the media bucket.' },
  MEDIA_S3_FORCE_PATH_STYLE: {
    schema: z.stringbool().default(true),
    description: 'Address the bucket in the path (`endpoint/bucket/key`), as MinIO wants; `false` for virtual-hosted buckets.',
  },
  MEDIA_S3_ACCESS_KEY_ID: {
    schema: z.string().min(1).optional(),
    description: "Access key of the media bucket; unset, the AWS SDK's own chain (environment, instance or pod role) applies.",
    sensitive: true,
  },
  MEDIA_S3_SECRET_ACCESS_KEY: {
    schema: z.string().min(1).optional(),
    description: 'Secret of `MEDIA_S3_ACCESS_KEY_ID`.',
    sensitive: true,
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

/** The key the gateway signs references to the files it received with (media checks them), and media seals private download URLs with. */
export const uploadReferenceVariables = {
  MEDIA_REFERENCE_SECRET: {
    schema: z.string().min(32).optional(),
    description:
      'Key (32 characters or more) the gateway signs references to received uploads with and media checks them with; media also seals the download URLs of private files with it, and the gateway opens them. Required in production; elsewhere a fixed development key.',
    sensitive: true,
  },
} satisfies EnvVars;

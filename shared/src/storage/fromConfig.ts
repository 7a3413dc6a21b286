import { ConfigError } from '../config/load.ts';
import type { storageVariables } from '../config/uploads.ts';
import type { Config } from '../config/variable.ts';
import type { BlobStorage } from './blobStorage.ts';
import { LocalDiskStorage } from './localDisk.ts';
import { S3Storage } from './s3.ts';

export type StorageConfig = Config<typeof storageVariables>;

/** The configured store; an incomplete S3 configuration stops the service at start, naming what is missing. */
export function openBlobStorage(config: StorageConfig): BlobStorage {
  if (config.MEDIA_STORAGE === 'disk') return new LocalDiskStorage(config.MEDIA_STORAGE_DIR);
  if (!config.MEDIA_S3_BUCKET) throw new ConfigError('Invalid environment:\n  MEDIA_S3_BUCKET: required when MEDIA_STORAGE=s3');
  if (!config.MEDIA_S3_ACCESS_KEY_ID !== !config.MEDIA_S3_SECRET_ACCESS_KEY) {
    throw new ConfigError('Invalid environment:\n  MEDIA_S3_ACCESS_KEY_ID, MEDIA_S3_SECRET_ACCESS_KEY: set both or neither');
  }
  return new S3Storage({
    bucket: config.MEDIA_S3_BUCKET,
    region: config.MEDIA_S3_REGION,
    endpoint: config.MEDIA_S3_ENDPOINT,
    forcePathStyle: config.MEDIA_S3_FORCE_PATH_STYLE,
    credentials:
      config.MEDIA_S3_ACCESS_KEY_ID && config.MEDIA_S3_SECRET_ACCESS_KEY
        ? { accessKeyId: config.MEDIA_S3_ACCESS_KEY_ID, secretAccessKey: config.MEDIA_S3_SECRET_ACCESS_KEY }
        : undefined,
  });
}

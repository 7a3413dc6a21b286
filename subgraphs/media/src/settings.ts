import { LocalDiskStorage, loadConfig, referenceSecret, type BlobStorage } from '@zaffa/shared';

export interface MediaSettings {
  storage: BlobStorage;
  maxFiles: number;
  /** Checks the gateway's references to the files it received. */
  referenceSecret: string;
}

/** The media subgraph's own configuration, read and checked once at start. */
export function loadMediaSettings(env: NodeJS.ProcessEnv): MediaSettings {
  const config = loadConfig(['NODE_ENV', 'MEDIA_STORAGE_DIR', 'MEDIA_MAX_FILES', 'MEDIA_REFERENCE_SECRET'], env);
  return {
    storage: new LocalDiskStorage(config.MEDIA_STORAGE_DIR),
    maxFiles: config.MEDIA_MAX_FILES,
    referenceSecret: referenceSecret(config),
  };
}

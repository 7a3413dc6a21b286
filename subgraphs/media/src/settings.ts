import { loadConfig, openBlobStorage, storageVariables, type BlobStorage } from '@zaffa/shared';

export interface MediaSettings {
  storage: BlobStorage;
  maxBytes: number;
  maxFiles: number;
}

/** The media subgraph's own configuration, read and checked once at start. */
export function loadMediaSettings(env: NodeJS.ProcessEnv): MediaSettings {
  const config = loadConfig([...storageVariables, 'MEDIA_MAX_BYTES', 'MEDIA_MAX_FILES'], env);
  return { storage: openBlobStorage(config), maxBytes: config.MEDIA_MAX_BYTES, maxFiles: config.MEDIA_MAX_FILES };
}

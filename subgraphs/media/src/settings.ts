import { LocalDiskStorage, loadConfig, type BlobStorage, type SubgraphDeps } from '@zaffa/shared';

export interface MediaSettings {
  storage: BlobStorage;
  maxBytes: number;
  maxFiles: number;
}

const settings = new WeakMap<SubgraphDeps, MediaSettings>();

/** The media subgraph's own configuration, read once per running service from the environment it started with. */
export function mediaSettings(deps: SubgraphDeps): MediaSettings {
  let found = settings.get(deps);
  if (!found) {
    const config = loadConfig(['MEDIA_STORAGE_DIR', 'MEDIA_MAX_BYTES', 'MEDIA_MAX_FILES'], deps.env);
    found = { storage: new LocalDiskStorage(config.MEDIA_STORAGE_DIR), maxBytes: config.MEDIA_MAX_BYTES, maxFiles: config.MEDIA_MAX_FILES };
    settings.set(deps, found);
  }
  return found;
}

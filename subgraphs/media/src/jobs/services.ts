import { fileURLToPath } from 'node:url';
import { Piscina } from 'piscina';
import sharp from 'sharp';
import type { DataSource } from 'typeorm';
import { openBlobStorage, openDatabase, storageRoot, type BlobStorage, type Logger } from '@zaffa/shared';
import { mediaJobsConfig } from '../config.ts';
import { AttachmentEntity } from '../entities/Attachment.ts';
import { MediaEntity } from '../entities/Media.ts';
import type { ImageResult, ImageTask } from '../images/imagePipeline.ts';
import { migrations } from '../migrations/index.ts';

/** What the media jobs work with: the media subgraph's database and storage, and a pool of image threads. */
export interface MediaServices {
  db: DataSource;
  storage: BlobStorage;
  maxPixels: number;
  unattachedTtlMs: number;
  /** The store's folder on this disk; null when the store is a bucket. */
  storageDir: string | null;
  /** Files a crash left in the store's working folders are removed once this old. */
  sweepAfterMs: number;
  threads: number;
  processImage: (task: ImageTask) => Promise<ImageResult>;
  close: () => Promise<void>;
}

export async function openMediaServices(env: NodeJS.ProcessEnv | undefined, log: Logger): Promise<MediaServices> {
  const config = mediaJobsConfig.load(env);
  // Loaded here before any thread loads it: libvips must not be unloaded when an image thread ends.
  sharp.cache(false);
  const db = await openDatabase({
    serverUrl: config.DATABASE_URL,
    name: `${config.DATABASE_PREFIX}_media`,
    entities: [MediaEntity, AttachmentEntity],
    migrations,
    log,
  });
  const pool = new Piscina<ImageTask, ImageResult>({
    filename: fileURLToPath(new URL('../images/imageThread.ts', import.meta.url)),
    minThreads: 1,
    maxThreads: config.MEDIA_THREADS,
  });
  return {
    db,
    storage: openBlobStorage(config),
    maxPixels: config.MEDIA_MAX_PIXELS,
    unattachedTtlMs: config.MEDIA_UNATTACHED_TTL_HOURS * 3600_000,
    storageDir: config.MEDIA_STORAGE === 'disk' ? storageRoot(config.MEDIA_STORAGE_DIR) : null,
    sweepAfterMs: config.MEDIA_SWEEP_AFTER_HOURS * 3600_000,
    threads: config.MEDIA_THREADS,
    processImage: (task) => pool.run(task),
    close: async () => {
      await pool.destroy();
      await db.destroy();
    },
  };
}

import { readdir, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { isUuid, type Logger } from '@zaffa/shared';
import type { MediaServices } from './services.ts';

/** The store's working folders: where files wait between steps, and where a crash mid-step leaves them behind. */
const folders = { temporary: '.tmp', received: 'received', incoming: 'incoming', resumable: 'tus' } as const;

interface StoredFile {
  name: string;
  path: string;
  changed: number;
}

/** Files directly in a folder of the store, with when they last changed; none when the folder is not there. */
async function filesIn(dir: string): Promise<StoredFile[]> {
  const entries = await readdir(dir, { withFileTypes: true }).catch((err: NodeJS.ErrnoException) => {
    if (err.code === 'ENOENT') return [];
    throw err;
  });
  const files = await Promise.all(
    entries
      .filter((e) => e.isFile())
      .map(async (e) => {
        const path = join(dir, e.name);
        const info = await stat(path).catch(() => null);
        return info ? { name: e.name, path, changed: info.mtimeMs } : null;
      }),
  );
  return files.filter((f) => f !== null);
}

/**
 * `media.sweep` (scheduled): removes what a crash left in the store's working folders, once older than
 * MEDIA_SWEEP_AFTER_HOURS and referenced by nothing: half-written blobs (`.tmp/`), received files no upload
 * claimed (`received/`), resumable uploads no client went on with (`tus/`), and waiting files (`incoming/`)
 * whose media is no longer PENDING. On an object store the bucket's lifecycle rules do this instead.
 */
export function sweepMedia(media: MediaServices, log: Logger) {
  return async (): Promise<{ removed: number }> => {
    if (!media.storageDir) return { removed: 0 };
    const root = media.storageDir;
    const cutoff = Date.now() - media.sweepAfterMs;
    const old = (files: StoredFile[]) => files.filter((f) => f.changed < cutoff);
    const doomed: string[] = [];

    for (const folder of [folders.temporary, folders.received]) doomed.push(...old(await filesIn(join(root, folder))).map((f) => f.path));

    // A waiting file belongs to its media row while that row waits for processing.
    const incoming = old(await filesIn(join(root, folders.incoming)));
    const ids = incoming.map((f) => f.name).filter(isUuid);
    const waiting = new Set(
      ((await media.db.query(`SELECT id FROM media WHERE id = ANY($1::uuid[]) AND status = 'PENDING'`, [ids])) as { id: string }[]).map(
        (r) => r.id,
      ),
    );
    doomed.push(...incoming.filter((f) => !waiting.has(f.name)).map((f) => f.path));

    // A resumable upload is its data file and its `.json` description; a client resuming it touches the data.
    const resumable = await filesIn(join(root, folders.resumable));
    const lastTouched = new Map<string, number>();
    for (const f of resumable) {
      const upload = f.name.replace(/\.json$/, '');
      lastTouched.set(upload, Math.max(lastTouched.get(upload) ?? 0, f.changed));
    }
    doomed.push(...resumable.filter((f) => lastTouched.get(f.name.replace(/\.json$/, ''))! < cutoff).map((f) => f.path));

    await Promise.all(doomed.map((path) => rm(path, { force: true })));
    if (doomed.length > 0) log.info({ removed: doomed.length }, 'swept files left in the media store');
    return { removed: doomed.length };
  };
}

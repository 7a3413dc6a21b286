import { copyFile, mkdir, readdir, rename, stat } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { fileDigest } from './checksums.ts';
import { pooledFile, type MediaEntry } from './layout.ts';

/** Folders of the store that hold no stored media: uploads waiting for a worker, half-written files. */
const transient = new Set(['incoming', '.tmp']);

async function* storeFiles(root: string, dir = root): AsyncGenerator<string> {
  let entries;
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return;
    throw err;
  }
  for (const entry of entries) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      if (dir === root && transient.has(entry.name)) continue;
      yield* storeFiles(root, path);
    } else if (entry.isFile()) yield path;
  }
}

/**
 * Lists every stored media file with its SHA-1 and copies into the pool those it does not hold yet. A file whose
 * key, size and modification time match the previous set's entry keeps that entry's SHA-1 without being read again.
 */
export async function backUpMedia(storeRoot: string, backupDir: string, previous: Map<string, MediaEntry>) {
  const entries: MediaEntry[] = [];
  let copiedFiles = 0;
  let copiedBytes = 0;
  for await (const path of storeFiles(storeRoot)) {
    const key = relative(storeRoot, path).split(sep).join('/');
    const { size, mtimeMs } = await stat(path);
    const known = previous.get(key);
    const sha1 = known && known.bytes === size && known.mtimeMs === mtimeMs ? known.sha1 : await fileDigest(path, 'sha1');
    const target = pooledFile(backupDir, sha1);
    if (!existsSync(target)) {
      await mkdir(dirname(target), { recursive: true });
      const partial = `${target}.partial`;
      await copyFile(path, partial);
      // The copy must be the bytes that were hashed: a file changed meanwhile is caught here, not at restore.
      if ((await fileDigest(partial, 'sha1')) !== sha1) throw new Error(`media file ${key} changed while it was backed up`);
      await rename(partial, target);
      copiedFiles++;
      copiedBytes += size;
    }
    entries.push({ key, sha1, bytes: size, mtimeMs });
  }
  entries.sort((a, b) => a.key.localeCompare(b.key));
  return { entries, copiedFiles, copiedBytes };
}

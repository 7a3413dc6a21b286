import { randomUUID } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { mkdir, rename, rm, stat } from 'node:fs/promises';
import { dirname, isAbsolute, join, resolve, sep } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { fileURLToPath } from 'node:url';
import { isStorageKey, type BlobStorage, type ByteRange } from './blobStorage.ts';

const repositoryRoot = fileURLToPath(new URL('../../../', import.meta.url));

/** MEDIA_STORAGE_DIR as an absolute path: relative ones start at the repository root, whatever the working directory. */
export const storageRoot = (dir: string): string => (isAbsolute(dir) ? resolve(dir) : resolve(repositoryRoot, dir));

/**
 * Blobs as files under one root, sharded by the key's own folders. Writes go to `.tmp/` first and are
 * renamed into place once complete (and, when durable, flushed to disk), so a crash never leaves a
 * half-written blob under its name.
 */
export class LocalDiskStorage implements BlobStorage {
  readonly root: string;

  constructor(dir: string) {
    this.root = storageRoot(dir);
  }

  /** The file behind a key; throws for anything that could name a file outside the root. */
  path(key: string): string {
    if (!isStorageKey(key)) throw new Error(`not a storage key: ${JSON.stringify(key)}`);
    const path = join(this.root, key);
    if (!path.startsWith(this.root + sep)) throw new Error(`not a storage key: ${JSON.stringify(key)}`);
    return path;
  }

  async put(key: string, body: Readable | Uint8Array, options: { durable?: boolean } = {}): Promise<{ bytes: number }> {
    const target = this.path(key);
    const temporary = join(this.root, '.tmp', randomUUID());
    await mkdir(dirname(temporary), { recursive: true });
    const out = createWriteStream(temporary, { flags: 'wx', flush: options.durable ?? false });
    try {
      await pipeline(body instanceof Uint8Array ? Readable.from([body]) : body, out);
      await mkdir(dirname(target), { recursive: true });
      await rename(temporary, target);
    } catch (err) {
      // The file may still be opening when the body fails: let it close, then remove it.
      if (!out.closed) await new Promise<void>((resolve) => out.once('close', () => resolve()));
      await rm(temporary, { force: true });
      throw err;
    }
    return { bytes: out.bytesWritten };
  }

  async stat(key: string): Promise<{ size: number } | null> {
    try {
      const info = await stat(this.path(key));
      return info.isFile() ? { size: info.size } : null;
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw err;
    }
  }

  async get(key: string, range?: ByteRange): Promise<Readable | null> {
    if (!(await this.stat(key))) return null;
    return createReadStream(this.path(key), range ? { start: range.start, end: range.end } : {});
  }

  async exists(key: string): Promise<boolean> {
    return (await this.stat(key)) !== null;
  }

  async delete(key: string): Promise<void> {
    await rm(this.path(key), { force: true });
  }

  async move(from: string, to: string): Promise<boolean> {
    const target = this.path(to);
    await mkdir(dirname(target), { recursive: true });
    try {
      await rename(this.path(from), target);
      return true;
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') return false;
      throw err;
    }
  }
}

import { join } from 'node:path';

/**
 * A backup directory: one folder per set, named by its UTC time (`20261201T010000Z`), and `media/`, the
 * content-addressed pool of media files (`media/ab/abcdef…`, named by SHA-1) that every set's manifest points into,
 * so a file is copied once whatever the number of sets that hold it.
 */
export const setNamePattern = /^\d{8}T\d{6}Z$/;
export const mediaPool = (dir: string) => join(dir, 'media');
export const pooledFile = (dir: string, sha1: string) => join(mediaPool(dir), sha1.slice(0, 2), sha1);

/** Inside a set. `backup.json` is written last: a folder without it is no complete set. */
export const setFiles = {
  summary: 'backup.json',
  mediaManifest: 'media.json',
  checksums: 'SHA256SUMS',
  database: (subgraph: string) => `databases/${subgraph}.dump`,
};

export const setName = (at: Date) =>
  at
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');
export const setTime = (name: string) =>
  new Date(`${name.slice(0, 4)}-${name.slice(4, 6)}-${name.slice(6, 8)}T${name.slice(9, 11)}:${name.slice(11, 13)}:${name.slice(13, 15)}Z`);

/** One media file of the store as a set records it: where it lives in the store, its SHA-1 and size. */
export interface MediaEntry {
  key: string;
  sha1: string;
  bytes: number;
  /** The file's modification time, so the next backup need not hash an unchanged file again. */
  mtimeMs: number;
}

export interface BackupSummary {
  name: string;
  startedAt: string;
  finishedAt: string;
  durationMs: number;
  databases: { subgraph: string; database: string; bytes: number }[];
  media: { files: number; bytes: number; copiedFiles: number; copiedBytes: number };
  /** What this set added to the backup directory: its dumps and the media files it copied. */
  addedBytes: number;
}

import type { Readable } from 'node:stream';

/** Inclusive byte offsets, as in an HTTP `Range` header. */
export interface ByteRange {
  start: number;
  end: number;
}

/**
 * Where media bytes live, by key (`ab/abcdef….jpg`, `incoming/<id>`). The local disk is the default;
 * an object store can take its place behind the same six calls.
 */
export interface BlobStorage {
  /**
   * Stores the whole body under `key`, atomically: readers see all of it or nothing, and a failing body
   * leaves nothing. `durable` also waits until the bytes are on disk, so they survive a power cut too.
   */
  put(key: string, body: Readable | Uint8Array, options?: { durable?: boolean }): Promise<{ bytes: number }>;
  /** The stored size, or null when there is no such blob. */
  stat(key: string): Promise<{ size: number } | null>;
  /** The blob's bytes (only `range` of them, when given), or null when there is no such blob. */
  get(key: string, range?: ByteRange): Promise<Readable | null>;
  exists(key: string): Promise<boolean>;
  /** Removes the blob; removing one that is not there is not an error. */
  delete(key: string): Promise<void>;
  /** Renames a blob, atomically; false when there was no blob under `from` (someone else took it). */
  move(from: string, to: string): Promise<boolean>;
}

/** Keys are slash-separated names of letters, digits, `.`, `_` and `-`, no segment starting with a dot: never `..`, never absolute. */
const keyPattern = /^[A-Za-z0-9_-][A-Za-z0-9._-]*(\/[A-Za-z0-9_-][A-Za-z0-9._-]*)*$/;

export const isStorageKey = (key: string): boolean => key.length <= 256 && keyPattern.test(key);

import { createHash } from 'node:crypto';
import { buffer } from 'node:stream/consumers';
import type { EntityManager } from 'typeorm';
import { MediaEntity, type MediaRow, type StoredVariant } from '../entities/Media.ts';
import { publishMediaStatus } from '../statusEvents.ts';
import { blobKey, incomingKey, type EventBus, type Logger } from '@zaffa/shared';
import type { ProcessedImage } from '../images/imagePipeline.ts';
import type { MediaServices } from './services.ts';

const sha1 = (bytes: Uint8Array) => createHash('sha1').update(bytes).digest('hex');

/** Serialises everything that writes or deletes one content-addressed blob: processing here, expiry elsewhere. */
export const lockBlob = (tx: EntityManager, sha: string) => tx.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`blob:${sha}`]);

/** The row, locked for this transaction, while it still waits for processing; null once done or removed. */
async function pendingRow(tx: EntityManager, mediaId: string): Promise<MediaRow | null> {
  const row = await tx.getRepository(MediaEntity).findOne({ where: { id: mediaId }, lock: { mode: 'pessimistic_write' } });
  return row?.status === 'PENDING' ? row : null;
}

type Outcome = Pick<MediaRow, 'sha1' | 'sourceSha1' | 'mimeType' | 'bytes' | 'width' | 'height' | 'variants' | 'blurhash'>;

const finish = (tx: EntityManager, mediaId: string, outcome: Outcome) =>
  tx.update(MediaEntity, { id: mediaId }, { ...outcome, status: 'READY', failureReason: null, processedAt: new Date() });

/**
 * `media.process`: fingerprints an upload, stores it once per content in its shard with its smaller copies,
 * and marks it READY, or FAILED with a reason when the file is not a readable image. Safe to run twice:
 * a row no longer PENDING is left alone, and blobs are named by their content.
 */
export function processMedia(media: MediaServices, log: Logger, events: EventBus) {
  return async ({ mediaId }: { mediaId: string }): Promise<void> => {
    await processOnce(media, log, mediaId);
    await announce(media, log, events, mediaId);
  };
}

/**
 * When the queue gives up on an upload (every attempt threw, or the job kept stalling because processing it
 * took its worker down), the row says FAILED rather than waiting, PENDING, for ever.
 */
export function processGaveUp(media: MediaServices, log: Logger, events: EventBus) {
  return async ({ mediaId }: { mediaId: string }, err: Error): Promise<void> => {
    log.warn({ mediaId, err }, 'media processing given up');
    await fail(media, mediaId, 'Processing failed repeatedly; upload the file again');
    await announce(media, log, events, mediaId);
  };
}

/**
 * Tells the upload's subscribers its committed outcome. A lost announcement costs no one READY for good:
 * a subscription starts with the current state, and a client that lost its connection subscribes again.
 */
async function announce(media: MediaServices, log: Logger, events: EventBus, mediaId: string): Promise<void> {
  try {
    const row = await media.db.getRepository(MediaEntity).findOneBy({ id: mediaId });
    if (row && row.status !== 'PENDING') await publishMediaStatus(events, row);
  } catch (err) {
    log.warn({ err, mediaId }, 'could not announce the media status');
  }
}

async function processOnce(media: MediaServices, log: Logger, mediaId: string): Promise<void> {
  const row = await media.db.getRepository(MediaEntity).findOneBy({ id: mediaId });
  if (!row || row.status !== 'PENDING') return;
  const incoming = await media.storage.get(incomingKey(mediaId));
  if (!incoming) {
    await fail(media, mediaId, 'The uploaded file was lost before it could be processed; upload it again');
    return;
  }
  const bytes = await buffer(incoming);
  // The gateway fingerprinted the bytes as they arrived; rows from before it did are fingerprinted here.
  const sourceSha1 = row.sourceSha1 ?? sha1(bytes);

  if (!(await reuseTwin(media, mediaId, sourceSha1))) {
    const result = await media.processImage({ bytes, mimeType: row.mimeType, maxPixels: media.maxPixels });
    if (!result.ok) {
      log.info({ mediaId, reason: result.reason }, 'media refused');
      await fail(media, mediaId, result.reason, sourceSha1);
    } else {
      await store(media, mediaId, sourceSha1, result.image);
    }
  }
  await media.storage.delete(incomingKey(mediaId));
}

/** Identical bytes were processed before: point this row at that work instead of doing it again. */
async function reuseTwin(media: MediaServices, mediaId: string, sourceSha1: string): Promise<boolean> {
  const twin = await media.db.getRepository(MediaEntity).findOne({ where: { sourceSha1, status: 'READY' }, order: { processedAt: 'ASC' } });
  if (!twin?.sha1) return false;
  return media.db.transaction(async (tx) => {
    await lockBlob(tx, twin.sha1!);
    const present = await Promise.all(twin.variants.map((v) => media.storage.exists(v.key)));
    if (!present.every(Boolean)) return false;
    if (await pendingRow(tx, mediaId)) {
      const { sha1: sha, mimeType, bytes, width, height, variants, blurhash } = twin;
      await finish(tx, mediaId, { sha1: sha, sourceSha1, mimeType, bytes, width, height, variants, blurhash });
    }
    return true;
  });
}

/** Writes the blobs under their fingerprint (skipping those already there) and marks the row READY, in one locked step. */
async function store(media: MediaServices, mediaId: string, sourceSha1: string, image: ProcessedImage): Promise<void> {
  const original = image.outputs[0]!;
  const sha = sha1(original.data);
  await media.db.transaction(async (tx) => {
    await lockBlob(tx, sha);
    if (!(await pendingRow(tx, mediaId))) return;
    const variants: StoredVariant[] = [];
    for (const out of image.outputs) {
      const key = blobKey(sha, out.suffix, out.extension);
      // Durable before the row says READY: a power cut must not leave a READY media without its file.
      if (!(await media.storage.exists(key))) await media.storage.put(key, out.data, { durable: true });
      variants.push({ name: out.name, width: out.width, height: out.height, mimeType: out.mimeType, bytes: out.data.byteLength, key });
    }
    await finish(tx, mediaId, {
      sha1: sha,
      sourceSha1,
      mimeType: original.mimeType,
      bytes: original.data.byteLength,
      width: image.width,
      height: image.height,
      variants,
      blurhash: image.blurhash,
    });
  });
}

async function fail(media: MediaServices, mediaId: string, reason: string, sourceSha1: string | null = null): Promise<void> {
  await media.db
    .getRepository(MediaEntity)
    .update({ id: mediaId, status: 'PENDING' }, { status: 'FAILED', failureReason: reason, sourceSha1, processedAt: new Date() });
}

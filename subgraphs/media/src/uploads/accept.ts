import { randomUUID } from 'node:crypto';
import type { FileUpload } from 'graphql-upload/processRequest.mjs';
import { MultipartError, badInput, inArrivalOrder, incomingKey, parseInput } from '@zaffa/shared';
import type { Context } from '../context.ts';
import { uploadDetails } from '../inputs.ts';
import { MediaEntity, type MediaRow } from '../entities/Media.ts';
import { receiveFile, type ReceivedFile } from './receive.ts';

/**
 * Receives the files of one request, then records them all as PENDING and queues their processing.
 * All or nothing: when one file is refused, the ones already received are removed and no row is written.
 * A crash between the rows and the jobs is repaired by the reconcile job.
 */
export async function acceptUploads(
  ctx: Context,
  ownerId: string,
  files: readonly Promise<FileUpload>[],
  details: unknown,
): Promise<MediaRow[]> {
  const { storage, maxBytes } = ctx.deps.settings;
  const { tags, alt } = parseInput(uploadDetails, details);

  // Files stream in the order the client sent them, which need not be the order of the list.
  const received: ReceivedFile[] = [];
  try {
    for await (const [i, file] of inArrivalOrder(files)) received[i] = await receiveFile(storage, file, randomUUID(), maxBytes);
  } catch (err) {
    await Promise.all(received.filter(Boolean).map((r) => storage.delete(incomingKey(r.id))));
    throw err instanceof MultipartError ? badInput('file', err.message) : err;
  }

  const rows: MediaRow[] = received.map((r) => ({
    id: r.id,
    ownerId,
    status: 'PENDING',
    mimeType: r.mimeType,
    bytes: r.bytes,
    tags,
    alt,
    createdAt: new Date(),
    width: null,
    height: null,
    sha1: null,
    sourceSha1: null,
    variants: [],
    blurhash: null,
    failureReason: null,
    processedAt: null,
  }));
  // One INSERT for the whole request (no read-before-write as `save` would do).
  await ctx.deps.db.getRepository(MediaEntity).insert(rows);
  for (const row of rows) {
    try {
      await ctx.deps.jobs.enqueue('media', 'process', { mediaId: row.id }, { jobId: `${row.id}-process` });
    } catch (err) {
      ctx.log.warn({ err, mediaId: row.id }, 'could not queue processing; the reconcile job will');
    }
  }
  return rows;
}

import { randomUUID } from 'node:crypto';
import {
  badInput,
  incomingKey,
  parseInput,
  receivedKey,
  verifyFileReference,
  ZaffaError,
  ErrorCode,
  type FileReference,
} from '@zaffa/shared';
import type { Context } from '../context.ts';
import { uploadDetails } from '../inputs.ts';
import { MediaEntity, type MediaRow } from '../entities/Media.ts';
import { uploadSizes } from './uploadMetrics.ts';

const gone = () =>
  new ZaffaError(ErrorCode.BAD_REQUEST, 'The uploaded file is no longer there (its request was abandoned); upload it again');

/**
 * Claims the files of one request, which the gateway received and checked (`references`, signed by it), then
 * records them all as PENDING and queues their processing. All or nothing: when one reference is refused or
 * its file is gone, the files already claimed go back and no row is written; the gateway removes whatever
 * was not claimed. A crash between the rows and the jobs is repaired by the reconcile job.
 */
export async function acceptUploads(ctx: Context, ownerId: string, references: readonly string[], details: unknown): Promise<MediaRow[]> {
  const { storage, referenceSecret } = ctx.deps.settings;
  const { tags, alt } = parseInput(uploadDetails, details);
  const files: FileReference[] = references.map((token) => {
    const file = verifyFileReference(referenceSecret, token);
    // Signed for someone else, forged or stale: the same answer, so a reference tells nothing about another's upload.
    if (!file || file.ownerId !== ownerId) throw badInput('file', 'Send the file in a GraphQL multipart request to the gateway');
    return file;
  });
  if (new Set(files.map((f) => f.id)).size !== files.length) throw badInput('files', 'The same file twice');

  const claimed: { from: string; to: string }[] = [];
  const rows: MediaRow[] = [];
  try {
    for (const file of files) {
      const id = randomUUID();
      const move = { from: receivedKey(file.id), to: incomingKey(id) };
      if (!(await storage.move(move.from, move.to))) throw gone();
      claimed.push(move);
      rows.push({
        id,
        ownerId,
        status: 'PENDING',
        mimeType: file.mimeType,
        bytes: file.bytes,
        tags,
        alt,
        createdAt: new Date(),
        width: null,
        height: null,
        sha1: null,
        sourceSha1: file.sha1,
        variants: [],
        blurhash: null,
        failureReason: null,
        processedAt: null,
      });
    }
    // One INSERT for the whole request (no read-before-write as `save` would do).
    await ctx.deps.db.getRepository(MediaEntity).insert(rows);
  } catch (err) {
    // Back where the gateway will remove them once it has answered.
    await Promise.all(claimed.map((m) => storage.move(m.to, m.from)));
    throw err;
  }
  for (const row of rows) uploadSizes(ctx.deps.metrics).observe(row.bytes);
  for (const row of rows) {
    try {
      await ctx.deps.jobs.enqueue('media', 'process', { mediaId: row.id }, { jobId: `${row.id}-process` });
    } catch (err) {
      ctx.log.warn({ err, mediaId: row.id }, 'could not queue processing; the reconcile job will');
    }
  }
  return rows;
}

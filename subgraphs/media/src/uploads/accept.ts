import { randomUUID } from 'node:crypto';
import {
  badInput,
  incomingKey,
  parseInput,
  receivedKey,
  verifyFileReference,
  ZaffaError,
  ErrorCode,
  writeEvent,
  type FileReference,
} from '@zaffa/shared';
import type { EntityManager } from 'typeorm';
import type { Context } from '../context.ts';
import { uploadDetails } from '../inputs.ts';
import { MediaEntity, type MediaRow } from '../entities/Media.ts';
import { processJobId } from './processJobId.ts';
import { uploadSizes } from './uploadMetrics.ts';

const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);

/**
 * Refuses uploads that would take the owner past their quota. Their uploads are counted under a lock held to the
 * end of the transaction, so two requests at once cannot both take the last bytes. Failed uploads keep no file.
 */
async function withinQuota(tx: EntityManager, ownerId: string, adding: number, limit: number): Promise<void> {
  await tx.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`quota:${ownerId}`]);
  const [{ used }] = (await tx.query(
    `SELECT coalesce(sum(bytes), 0)::float8 AS used FROM media WHERE owner_id = $1 AND status <> 'FAILED'`,
    [ownerId],
  )) as [{ used: number }];
  if (used + adding > limit) {
    throw new ZaffaError(ErrorCode.QUOTA_EXCEEDED, `These files would take your uploads past your storage quota of ${limit} bytes`, {
      limit,
      used,
    });
  }
}

const gone = () =>
  new ZaffaError(ErrorCode.BAD_REQUEST, 'The uploaded file is no longer there (its request was abandoned); upload it again');

/**
 * Claims the files of one request, which the gateway received and checked (`references`, signed by it), then
 * records them all as PENDING and queues their processing. All or nothing: when one reference is refused or
 * its file is gone, the files already claimed go back and no row is written; the gateway removes whatever
 * was not claimed. The rows and their processing jobs commit together (the outbox), so a crash leaves both or neither.
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
    // One INSERT for the whole request (no read-before-write as `save` would do), with the processing events.
    await ctx.deps.db.transaction(async (tx) => {
      await withinQuota(tx, ownerId, sum(rows.map((r) => r.bytes)), ctx.deps.settings.quotaBytes);
      await tx.getRepository(MediaEntity).insert(rows);
      for (const row of rows) await writeEvent(tx, 'media', 'process', { mediaId: row.id }, { id: processJobId(row.id) });
    });
  } catch (err) {
    // Back where the gateway will remove them once it has answered.
    await Promise.all(claimed.map((m) => storage.move(m.to, m.from)));
    throw err;
  }
  for (const row of rows) uploadSizes(ctx.deps.metrics).observe(row.bytes);
  return rows;
}

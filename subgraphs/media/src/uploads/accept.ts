import { randomUUID } from 'node:crypto';
import type { FileUpload } from 'graphql-upload/processRequest.mjs';
import { badInput, incomingKey } from '@zaffa/shared';
import type { Context } from '../context.ts';
import { MediaEntity, type MediaRow } from '../entities/Media.ts';
import { mediaSettings } from '../settings.ts';
import { receiveFile, type ReceivedFile } from './receive.ts';

export interface UploadDetails {
  tags?: readonly string[] | null;
  alt?: string | null;
}

/** Trimmed, lower-cased, deduplicated tags, within bounds a form can respect. */
function cleanTags(tags: readonly string[] | null | undefined): string[] {
  const clean = [...new Set((tags ?? []).map((t) => t.trim().toLowerCase()).filter((t) => t.length > 0))];
  if (clean.length > 20) throw badInput('tags', 'At most 20 tags');
  if (clean.some((t) => t.length > 50)) throw badInput('tags', 'A tag has at most 50 characters');
  return clean;
}

/**
 * Receives the files of one request, then records them all as PENDING and queues their processing.
 * All or nothing: when one file is refused, the ones already received are removed and no row is written.
 * A crash between the rows and the jobs is repaired by the reconcile job.
 */
export async function acceptUploads(ctx: Context, ownerId: string, files: readonly Promise<FileUpload>[], details: UploadDetails): Promise<MediaRow[]> {
  const { storage, maxBytes } = mediaSettings(ctx.deps);
  const tags = cleanTags(details.tags);
  const alt = details.alt?.trim() || null;
  if (alt && alt.length > 500) throw badInput('alt', 'At most 500 characters');

  const received: ReceivedFile[] = [];
  try {
    for (const file of files) received.push(await receiveFile(storage, file, randomUUID(), maxBytes));
  } catch (err) {
    await Promise.all(received.map((r) => storage.delete(incomingKey(r.id))));
    throw err;
  }

  const rows = await ctx.deps.db.getRepository(MediaEntity).save(
    received.map((r) => ({
      id: r.id, ownerId, status: 'PENDING' as const, mimeType: r.mimeType, bytes: r.bytes, tags, alt,
      width: null, height: null, sha1: null, sourceSha1: null, variants: [], blurhash: null, failureReason: null, processedAt: null,
    })),
  );
  for (const row of rows) {
    try {
      await ctx.deps.jobs.enqueue('media', 'process', { mediaId: row.id }, { jobId: `${row.id}-process` });
    } catch (err) {
      ctx.log.warn({ err, mediaId: row.id }, 'could not queue processing; the reconcile job will');
    }
  }
  return rows;
}

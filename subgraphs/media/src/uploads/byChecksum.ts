import { badInput } from '@zaffa/shared';
import { z } from 'zod';
import { In } from 'typeorm';
import type { Context } from '../context.ts';
import { MediaEntity, type MediaRow } from '../entities/Media.ts';

const fingerprints = z.array(z.string().regex(/^[0-9a-fA-F]{40}$/, 'a SHA-1 is 40 hex digits')).max(1000, 'at most 1000 fingerprints');

/** The owner's uploads of these bytes, newest first: only ever the owner's, so nobody learns what others uploaded. */
export async function mediaByChecksum(ctx: Context, ownerId: string, sha1s: readonly string[]): Promise<MediaRow[]> {
  const parsed = fingerprints.safeParse(sha1s);
  if (!parsed.success) throw badInput('sha1s', parsed.error.issues[0]!.message);
  const wanted = [...new Set(parsed.data.map((s) => s.toLowerCase()))];
  if (wanted.length === 0) return [];
  return ctx.deps.db.getRepository(MediaEntity).find({ where: { ownerId, sourceSha1: In(wanted) }, order: { createdAt: 'DESC' } });
}

import { In } from 'typeorm';
import { badInput, forbidden, notFound, parseInput, type Viewer } from '@zaffa/shared';
import type { AttachMediaInput } from './__generated__/resolvers-types.ts';
import type { Context } from './context.ts';
import { AttachmentEntity } from './entities/Attachment.ts';
import { MediaEntity, type MediaRow } from './entities/Media.ts';
import { attachInput } from './inputs.ts';

/**
 * The seed's "map" step: links uploads to what they illustrate once the form they came with is submitted.
 * Only the uploader may attach a media; an avatar can only be one's own, and replaces the previous one.
 */
export async function attachMedia(ctx: Context, viewer: Viewer, input: AttachMediaInput): Promise<MediaRow[]> {
  const { mediaIds: ids, target } = parseInput(attachInput, input);
  if (target.type === 'AVATAR' && target.id !== viewer.id) throw forbidden('You can only set your own avatar');

  const rows = await ctx.deps.db.getRepository(MediaEntity).findBy({ id: In(ids) });
  if (rows.length !== ids.length) throw notFound('Media');
  if (rows.some((m) => m.ownerId !== viewer.id)) throw forbidden('Only the person who uploaded a media may attach it');
  if (rows.some((m) => m.status === 'FAILED')) throw badInput('mediaIds', 'A media that failed processing cannot be attached');

  await ctx.deps.db.transaction(async (tx) => {
    // One attach at a time per target, so positions stay in the order of the requests.
    await tx.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`attach:${target.type}:${target.id}`]);
    if (target.type === 'AVATAR') await tx.delete(AttachmentEntity, { targetType: 'AVATAR', targetId: target.id });
    const [{ next }] = (await tx.query(
      'SELECT coalesce(max(position) + 1, 0)::int AS next FROM attachments WHERE target_type = $1 AND target_id = $2',
      [target.type, target.id],
    )) as [{ next: number }];
    await tx
      .createQueryBuilder()
      .insert()
      .into(AttachmentEntity)
      .values(ids.map((mediaId, i) => ({ mediaId, targetType: target.type, targetId: target.id, position: next + i })))
      .orIgnore()
      .execute();
  });
  const byId = new Map(rows.map((m) => [m.id, m]));
  return ids.map((id) => byId.get(id)!);
}

import { In } from 'typeorm';
import { badInput, forbidden, notFound, parseInput, type Viewer } from '@zaffa/shared';
import type { AttachMediaInput } from './__generated__/resolvers-types.ts';
import type { Context } from './context.ts';
import { AttachmentEntity } from './entities/Attachment.ts';
import { MediaEntity, type MediaRow } from './entities/Media.ts';
import { attachInput } from './inputs.ts';
import { knownTarget, type KnownTarget } from './access.ts';
import type { MediaTargetType } from './entities/Attachment.ts';

const targetNames: Record<MediaTargetType, string> = { VENDOR_GALLERY: 'Vendor', EVENT: 'Event', AVATAR: 'User', MESSAGE: 'Message' };
// Enough for the event of a target created a moment ago to arrive; a random id costs its sender this wait.
const waitForTargetMs = 2000;

/** The target as media knows it, waiting a little for one its subgraph has only just created. */
async function awaitTarget(ctx: Context, type: MediaTargetType, id: string): Promise<KnownTarget | null> {
  const deadline = Date.now() + waitForTargetMs;
  for (;;) {
    const target = await knownTarget(ctx.deps.db, type, id);
    if (target || Date.now() >= deadline) return target;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/**
 * Refuses a target the viewer may not change: unknown, or someone else's that the viewer cannot even see (not
 * found, as an unknown one), or someone else's that they can see (forbidden). Staff may change any.
 */
async function checkTarget(ctx: Context, viewer: Viewer, type: MediaTargetType, id: string): Promise<void> {
  if (type === 'AVATAR') {
    if (id !== viewer.id) throw forbidden('You can only set your own avatar');
    return;
  }
  const target = await awaitTarget(ctx, type, id);
  if (!target) throw notFound(targetNames[type]);
  if (viewer.role === 'STAFF' || target.ownerIds.includes(viewer.id)) return;
  if (target.public || target.viewerIds.includes(viewer.id))
    throw forbidden(`Only its owners may add photos to this ${targetNames[type].toLowerCase()}`);
  throw notFound(targetNames[type]);
}

/**
 * The seed's "map" step: links uploads to what they illustrate once the form they came with is submitted.
 * Only the uploader may attach a media, and only to a target they may change; an avatar can only be one's own,
 * and replaces the previous one.
 */
export async function attachMedia(ctx: Context, viewer: Viewer, input: AttachMediaInput): Promise<MediaRow[]> {
  const { mediaIds: ids, target } = parseInput(attachInput, input);
  const rows = await ctx.deps.db.getRepository(MediaEntity).findBy({ id: In(ids) });
  if (rows.length !== ids.length) throw notFound('Media');
  if (rows.some((m) => m.ownerId !== viewer.id)) throw forbidden('Only the person who uploaded a media may attach it');
  if (rows.some((m) => m.status === 'FAILED')) throw badInput('mediaIds', 'A media that failed processing cannot be attached');
  await checkTarget(ctx, viewer, target.type, target.id);

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

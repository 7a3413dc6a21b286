import type { Viewer } from '@zaffa/shared';
import type { DataSource } from 'typeorm';
import type { MediaTargetType } from './entities/Attachment.ts';

/**
 * Who may see what a target shows, in SQL over `attachments a` joined to `media m` and `media_targets t`: an
 * avatar everyone (only its owner's own upload counts); a published vendor's gallery everyone; anything else the
 * target's viewers (the vendor's owner, the event's owners, the conversation's participants) and staff.
 * `$viewer` and `$staff` are the parameter placeholders of the viewer's id (or null) and whether they are staff.
 */
export const targetVisible = (viewer: string, staff: string) => `CASE WHEN a.target_type = 'AVATAR' THEN a.target_id = m.owner_id
  ELSE t.target_id IS NOT NULL AND (t.public OR ${staff} OR ${viewer} = ANY(t.viewer_ids)) END`;

/**
 * The media among `ids` the viewer may see: their own uploads, anything for staff, and what is attached to a
 * target they may see. With no viewer: what everyone may see, whose files are then served without a signature.
 */
export async function visibleMediaIds(db: DataSource, ids: readonly string[], viewer: Viewer | null): Promise<Set<string>> {
  const rows = (await db.query(
    `SELECT m.id FROM media m
      WHERE m.id = ANY($1::uuid[])
        AND ($3::boolean OR m.owner_id = $2 OR EXISTS (
              SELECT 1 FROM attachments a LEFT JOIN media_targets t ON t.target_type = a.target_type AND t.target_id = a.target_id
               WHERE a.media_id = m.id AND ${targetVisible('$2::uuid', '$3::boolean')}))`,
    [ids, viewer?.id ?? null, viewer?.role === 'STAFF'],
  )) as { id: string }[];
  return new Set(rows.map((r) => r.id));
}

export interface KnownTarget {
  ownerIds: string[];
  viewerIds: string[];
  public: boolean;
}

/** What media has learnt of a vendor, an event or a message; null until its subgraph has told. */
export async function knownTarget(db: DataSource, type: MediaTargetType, id: string): Promise<KnownTarget | null> {
  const [row] = (await db.query(
    `SELECT owner_ids AS "ownerIds", viewer_ids AS "viewerIds", public FROM media_targets WHERE target_type = $1 AND target_id = $2`,
    [type, id],
  )) as KnownTarget[];
  return row ?? null;
}

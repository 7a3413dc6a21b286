import DataLoader from 'dataloader';
import { loaderById, type Viewer } from '@zaffa/shared';
import { In, type DataSource } from 'typeorm';
import { targetVisible, visibleMediaIds } from './access.ts';
import { MediaEntity, type MediaRow } from './entities/Media.ts';
import type { MediaTargetType } from './entities/Attachment.ts';

/** A loader key: what the media illustrate. */
export const targetKey = (type: MediaTargetType, targetId: string): string => `${type}/${targetId}`;

/** The request's loaders; what they answer depends on who is asking, so they live and die with one request. */
export function createLoaders(db: DataSource, viewer: Viewer | null) {
  return {
    media: loaderById(db, MediaEntity),
    /** Whether the viewer may see each media. */
    visible: new DataLoader<string, boolean>(async (ids) => {
      const seen = await visibleMediaIds(db, ids, viewer);
      return ids.map((id) => seen.has(id));
    }),
    /** Whether everyone may see each media: its files are then served without a signature, and cached. */
    public: new DataLoader<string, boolean>(async (ids) => {
      const seen = await visibleMediaIds(db, ids, null);
      return ids.map((id) => seen.has(id));
    }),
    /** Ready media attached to each target the viewer may see, in attachment order; one query for every target in the request. */
    attached: new DataLoader<string, MediaRow[]>(async (keys) => {
      const targets = keys.map((k) => k.split('/') as [MediaTargetType, string]);
      // Links first, then the rows: one media may illustrate several of the targets asked for.
      const links = (await db.query(
        `SELECT a.media_id, a.target_type, a.target_id
           FROM attachments a JOIN media m ON m.id = a.media_id
           LEFT JOIN media_targets t ON t.target_type = a.target_type AND t.target_id = a.target_id
          WHERE m.status = 'READY'
            AND (a.target_type, a.target_id) IN (SELECT * FROM unnest($1::text[], $2::uuid[]))
            AND ${targetVisible('$3::uuid', '$4::boolean')}
          ORDER BY a.position`,
        [targets.map((t) => t[0]), targets.map((t) => t[1]), viewer?.id ?? null, viewer?.role === 'STAFF'],
      )) as { media_id: string; target_type: MediaTargetType; target_id: string }[];
      const rows =
        links.length > 0 ? await db.getRepository(MediaEntity).findBy({ id: In([...new Set(links.map((l) => l.media_id))]) }) : [];
      const byId = new Map(rows.map((m) => [m.id, m]));
      const byTarget = new Map<string, MediaRow[]>();
      for (const link of links) {
        const key = targetKey(link.target_type, link.target_id);
        byTarget.set(key, [...(byTarget.get(key) ?? []), byId.get(link.media_id)!]);
      }
      return keys.map((k) => byTarget.get(k) ?? []);
    }),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;

import DataLoader from 'dataloader';
import { loaderById } from '@zaffa/shared';
import { In, type DataSource } from 'typeorm';
import { MediaEntity, type MediaRow } from './entities/Media.ts';
import type { MediaTargetType } from './entities/Attachment.ts';

/** A loader key: what the media illustrate, and whose uploads count (only the target's owner may fill it). */
export const targetKey = (type: MediaTargetType, targetId: string, ownerId: string): string => `${type}/${targetId}/${ownerId}`;

export function createLoaders(db: DataSource) {
  return {
    media: loaderById(db, MediaEntity),
    /** Ready media attached to each target by its owner, in attachment order; one query for every target in the request. */
    attached: new DataLoader<string, MediaRow[]>(async (keys) => {
      const targets = keys.map((k) => k.split('/') as [MediaTargetType, string, string]);
      // Links first, then the rows: one media may illustrate several of the targets asked for.
      const links = (await db.query(
        `SELECT a.media_id, a.target_type, a.target_id, m.owner_id
           FROM attachments a JOIN media m ON m.id = a.media_id
          WHERE m.status = 'READY'
            AND (a.target_type, a.target_id, m.owner_id) IN (SELECT * FROM unnest($1::text[], $2::uuid[], $3::uuid[]))
          ORDER BY a.position`,
        [targets.map((t) => t[0]), targets.map((t) => t[1]), targets.map((t) => t[2])],
      )) as { media_id: string; target_type: MediaTargetType; target_id: string; owner_id: string }[];
      const rows =
        links.length > 0 ? await db.getRepository(MediaEntity).findBy({ id: In([...new Set(links.map((l) => l.media_id))]) }) : [];
      const byId = new Map(rows.map((m) => [m.id, m]));
      const byTarget = new Map<string, MediaRow[]>();
      for (const link of links) {
        const key = targetKey(link.target_type, link.target_id, link.owner_id);
        byTarget.set(key, [...(byTarget.get(key) ?? []), byId.get(link.media_id)!]);
      }
      return keys.map((k) => byTarget.get(k) ?? []);
    }),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;

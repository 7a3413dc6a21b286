import DataLoader from 'dataloader';
import { isUuid, loaderById } from '@zaffa/shared';
import { In, type DataSource } from 'typeorm';
import { MediaEntity, type MediaRow } from './entities/Media.ts';
import type { MediaTargetType } from './entities/Attachment.ts';

/** A loader key: what the media illustrate, and whose uploads count (only the target's owner may fill it). */
export const targetKey = (type: MediaTargetType, targetId: string, ownerId: string): string => `${type}/${targetId}/${ownerId}`;

/** One link of a media to what it illustrates, in attachment order. */
interface Link {
  media_id: string;
  key: string;
}

/** The rows behind `links`, grouped under each of `keys` in the links' order. */
async function groupRows(db: DataSource, keys: readonly string[], links: Link[]): Promise<MediaRow[][]> {
  // Links first, then the rows: one media may illustrate several of the targets asked for.
  const rows = links.length > 0 ? await db.getRepository(MediaEntity).findBy({ id: In([...new Set(links.map((l) => l.media_id))]) }) : [];
  const byId = new Map(rows.map((m) => [m.id, m]));
  const byKey = new Map<string, MediaRow[]>();
  for (const link of links) byKey.set(link.key, [...(byKey.get(link.key) ?? []), byId.get(link.media_id)!]);
  return keys.map((k) => byKey.get(k) ?? []);
}

export function createLoaders(db: DataSource) {
  return {
    media: loaderById(db, MediaEntity),
    /** Ready media attached to each target by its owner, in attachment order; one query for every target in the request. */
    attached: new DataLoader<string, MediaRow[]>(async (keys) => {
      const targets = keys.map((k) => k.split('/') as [MediaTargetType, string, string]);
      const links = (await db.query(
        `SELECT a.media_id, a.target_type, a.target_id, m.owner_id
           FROM attachments a JOIN media m ON m.id = a.media_id
          WHERE m.status = 'READY'
            AND (a.target_type, a.target_id, m.owner_id) IN (SELECT * FROM unnest($1::text[], $2::uuid[], $3::uuid[]))
          ORDER BY a.position`,
        [targets.map((t) => t[0]), targets.map((t) => t[1]), targets.map((t) => t[2])],
      )) as { media_id: string; target_type: MediaTargetType; target_id: string; owner_id: string }[];
      return groupRows(
        db,
        keys,
        links.map((l) => ({ media_id: l.media_id, key: targetKey(l.target_type, l.target_id, l.owner_id) })),
      );
    }),
    /**
     * Ready media of each message, in the order sent. Media links them itself when messaging's queued event says a
     * message was sent, taking only the sender's own uploads, so who sent it never has to come from the caller.
     */
    messageAttachments: new DataLoader<string, MediaRow[]>(async (messageIds) => {
      const links = (await db.query(
        `SELECT a.media_id, a.target_id::text AS key
           FROM attachments a JOIN media m ON m.id = a.media_id
          WHERE m.status = 'READY' AND a.target_type = 'MESSAGE' AND a.target_id = ANY($1::uuid[])
          ORDER BY a.position`,
        [messageIds.filter(isUuid)],
      )) as Link[];
      return groupRows(db, messageIds, links);
    }),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;

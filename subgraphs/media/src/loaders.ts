import DataLoader from 'dataloader';
import { loaderById } from '@zaffa/shared';
import type { DataSource } from 'typeorm';
import { MediaEntity, type MediaRow } from './entities/Media.ts';
import type { MediaTargetType } from './entities/Attachment.ts';

export function createLoaders(db: DataSource) {
  return {
    media: loaderById(db, MediaEntity),
    /** Ready media attached to each target, in attachment order; one query for every target in the request. */
    attached: new DataLoader<string, MediaRow[]>(async (keys) => {
      const targets = keys.map((k) => k.split('/') as [MediaTargetType, string]);
      const rows = await db
        .getRepository(MediaEntity)
        .createQueryBuilder('m')
        .innerJoin('attachments', 'a', 'a.media_id = m.id')
        .addSelect(['a.target_type', 'a.target_id'])
        .where(`m.status = 'READY'`)
        .andWhere('(a.target_type, a.target_id) IN (SELECT * FROM unnest(:types::text[], :ids::uuid[]))', { types: targets.map((t) => t[0]), ids: targets.map((t) => t[1]) })
        .orderBy('a.position', 'ASC')
        .getRawAndEntities();
      const byTarget = new Map<string, MediaRow[]>();
      rows.entities.forEach((media, i) => {
        const raw = rows.raw[i] as { target_type: string; target_id: string };
        const key = `${raw.target_type}/${raw.target_id}`;
        byTarget.set(key, [...(byTarget.get(key) ?? []), media]);
      });
      return keys.map((k) => byTarget.get(k) ?? []);
    }),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;

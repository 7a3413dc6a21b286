import type { StoredVariant } from '../entities/Media.ts';
import { incomingKey, type Logger } from '@zaffa/shared';
import { lockBlob } from './process.ts';
import type { MediaServices } from './services.ts';

const batch = 500;

/**
 * `media.expire` (scheduled): removes uploads nothing was attached to within the TTL: the row, the waiting
 * file if any, and the stored blobs once no other media shares them.
 */
export function expireMedia(media: MediaServices, log: Logger) {
  return async (): Promise<{ removed: number }> => {
    const cutoff = new Date(Date.now() - media.unattachedTtlMs);
    let removed = 0;
    for (;;) {
      const rows = (await media.db.query(
        `DELETE FROM media WHERE id IN (
           SELECT m.id FROM media m
            WHERE m.created_at < $1 AND NOT EXISTS (SELECT 1 FROM attachments a WHERE a.media_id = m.id)
            LIMIT ${batch} FOR UPDATE SKIP LOCKED)
         RETURNING id, sha1, variants`,
        [cutoff],
      )) as [{ id: string; sha1: string | null; variants: StoredVariant[] }[], number];
      const gone = rows[0];
      for (const row of gone) await media.storage.delete(incomingKey(row.id));
      const blobs = new Map(gone.filter((r) => r.sha1).map((r) => [r.sha1!, r.variants]));
      for (const [sha, variants] of blobs) await dropIfUnshared(media, sha, variants);
      removed += gone.length;
      if (gone.length < batch) break;
    }
    if (removed > 0) log.info({ removed }, 'expired unattached media');
    return { removed };
  };
}

async function dropIfUnshared(media: MediaServices, sha: string, variants: StoredVariant[]): Promise<void> {
  await media.db.transaction(async (tx) => {
    await lockBlob(tx, sha);
    const [{ shared }] = (await tx.query('SELECT EXISTS (SELECT 1 FROM media WHERE sha1 = $1) AS shared', [sha])) as [{ shared: boolean }];
    if (!shared) await Promise.all(variants.map((v) => media.storage.delete(v.key)));
  });
}

import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { blobKey, createLogger, incomingKey } from '@zaffa/shared';
import { testEnv } from '@zaffa/shared/testing';
import { expireMedia } from './expire.ts';
import { openMediaServices, type MediaServices } from './services.ts';

const owner = '00000000-0000-4000-8000-00000000d001';
const hoursAgo = (h: number) => new Date(Date.now() - h * 3600_000);

describe('media.expire', () => {
  let media: MediaServices;
  const log = createLogger('workers', 'silent');

  before(async () => {
    media = await openMediaServices(
      testEnv({ MEDIA_STORAGE_DIR: mkdtempSync(join(tmpdir(), 'zaffa-media-')), MEDIA_UNATTACHED_TTL_HOURS: '24' }),
      log,
    );
  });

  after(() => media.close());

  /** A processed media with its blob in the store; returns its id and the blob's key. */
  async function readyMedia(sha1: string, createdAt: Date) {
    const id = randomUUID();
    const key = blobKey(sha1, '', 'jpg');
    await media.storage.put(key, Buffer.from(sha1));
    const variants = JSON.stringify([{ name: 'original', width: 1, height: 1, mimeType: 'image/jpeg', bytes: 40, key }]);
    await media.db.query(
      `INSERT INTO media (id, owner_id, status, mime_type, bytes, sha1, variants, created_at) VALUES ($1, $2, 'READY', 'image/jpeg', 40, $3, $4, $5)`,
      [id, owner, sha1, variants, createdAt],
    );
    return { id, key };
  }

  const exists = async (id: string) => (await media.db.query('SELECT 1 FROM media WHERE id = $1', [id])).length === 1;

  it('removes old unattached uploads with their blobs, and keeps what is attached, recent or shared', async () => {
    const lonely = await readyMedia('a'.repeat(40), hoursAgo(48));
    const attached = await readyMedia('b'.repeat(40), hoursAgo(48));
    await media.db.query(`INSERT INTO attachments (media_id, target_type, target_id, position) VALUES ($1, 'EVENT', $2, 0)`, [
      attached.id,
      randomUUID(),
    ]);
    const recent = await readyMedia('c'.repeat(40), hoursAgo(1));
    const sharedOld = await readyMedia('d'.repeat(40), hoursAgo(48));
    const sharedNew = await readyMedia('d'.repeat(40), hoursAgo(1));
    const pending = randomUUID();
    await media.storage.put(incomingKey(pending), Buffer.from('waiting'));
    await media.db.query(`INSERT INTO media (id, owner_id, mime_type, bytes, created_at) VALUES ($1, $2, 'image/jpeg', 7, $3)`, [
      pending,
      owner,
      hoursAgo(48),
    ]);

    assert.deepEqual(await expireMedia(media, log)(), { removed: 3 });

    assert.equal(await exists(lonely.id), false);
    assert.equal(await media.storage.exists(lonely.key), false);
    assert.equal(await exists(pending), false);
    assert.equal(await media.storage.exists(incomingKey(pending)), false);
    assert.equal(await exists(sharedOld.id), false);
    assert.equal(await media.storage.exists(sharedOld.key), true, 'a blob another media shares stays');
    for (const kept of [attached, recent, sharedNew]) {
      assert.equal(await exists(kept.id), true);
      assert.equal(await media.storage.exists(kept.key), true);
    }
  });
});

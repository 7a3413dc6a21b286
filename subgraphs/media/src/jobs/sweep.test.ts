import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { blobKey, createLogger } from '@zaffa/shared';
import { testEnv } from '@zaffa/shared/testing';
import { sweepMedia } from './sweep.ts';
import { openMediaServices, type MediaServices } from './services.ts';

const owner = '00000000-0000-4000-8000-00000000d002';

describe('media.sweep', () => {
  let media: MediaServices;
  const root = mkdtempSync(join(tmpdir(), 'zaffa-media-'));
  const log = createLogger('workers', 'silent');

  before(async () => {
    media = await openMediaServices(testEnv({ MEDIA_STORAGE_DIR: root, MEDIA_SWEEP_AFTER_HOURS: '24' }), log);
  });

  after(() => media.close());

  /** A file in the store, last changed `hoursAgo` hours ago. */
  function leave(key: string, hoursAgo: number): string {
    const path = join(root, key);
    mkdirSync(join(path, '..'), { recursive: true });
    writeFileSync(path, 'left behind');
    const at = new Date(Date.now() - hoursAgo * 3600_000);
    utimesSync(path, at, at);
    return key;
  }

  const row = (id: string, status: 'PENDING' | 'READY') =>
    media.db.query(`INSERT INTO media (id, owner_id, status, mime_type, bytes) VALUES ($1, $2, $3, 'image/jpeg', 11)`, [id, owner, status]);

  it('removes what a crash left in the working folders, and keeps what is recent, waiting or stored', async () => {
    const [waiting, done, gone] = [randomUUID(), randomUUID(), randomUUID()];
    await row(waiting, 'PENDING');
    await row(done, 'READY');
    const swept = [
      leave(`.tmp/${randomUUID()}`, 30),
      leave(`received/${randomUUID()}`, 30),
      leave(`received/tus-${randomUUID()}`, 30),
      leave(`incoming/${done}`, 30),
      leave(`incoming/${gone}`, 30),
      leave('tus/abandoned', 30),
      leave('tus/abandoned.json', 30),
    ];
    const kept = [
      leave(`.tmp/${randomUUID()}`, 1),
      leave(`received/${randomUUID()}`, 1),
      leave(`incoming/${waiting}`, 30),
      leave(`incoming/${randomUUID()}`, 1),
      // A resumable upload whose client sent a part an hour ago, though it began long before.
      leave('tus/resumed', 1),
      leave('tus/resumed.json', 30),
      leave(blobKey('e'.repeat(40), '', 'jpg'), 30),
    ];

    assert.deepEqual(await sweepMedia(media, log)(), { removed: swept.length });

    for (const key of swept) assert.equal(existsSync(join(root, key)), false, `${key} is swept`);
    for (const key of kept) assert.equal(existsSync(join(root, key)), true, `${key} is kept`);
  });
});

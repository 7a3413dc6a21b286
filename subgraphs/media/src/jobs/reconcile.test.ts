import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { once } from 'node:events';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { Worker } from 'bullmq';
import { createLogger, createRedis, JobProducer } from '@zaffa/shared';
import { testEnv } from '@zaffa/shared/testing';
import { reconcileMedia } from './reconcile.ts';
import { openMediaServices, type MediaServices } from './services.ts';

const owner = '00000000-0000-4000-8000-00000000d101';

describe('media.reconcile', () => {
  const env = testEnv({ MEDIA_STORAGE_DIR: mkdtempSync(join(tmpdir(), 'zaffa-media-')) });
  const log = createLogger('workers', 'silent');
  const redis = createRedis(env.REDIS_URL ?? 'redis://127.0.0.1:6379', 'zaffa-test');
  const jobs = new JobProducer(redis, env.QUEUE_PREFIX!);
  let media: MediaServices;

  before(async () => {
    media = await openMediaServices(env, log);
  });

  after(async () => {
    await media.close();
    await jobs.close();
    redis.disconnect();
  });

  const pendingSince = async (minutes: number) => {
    const id = randomUUID();
    await media.db.query(
      `INSERT INTO media (id, owner_id, mime_type, bytes, created_at) VALUES ($1, $2, 'image/jpeg', 1, now() - make_interval(mins => $3))`,
      [id, owner, minutes],
    );
    return id;
  };

  it('queues again an upload whose job was never queued, once, and leaves fresh ones alone', async () => {
    const stuck = await pendingSince(10);
    const fresh = await pendingSince(0);
    const reconcile = reconcileMedia(media, jobs, log);
    assert.deepEqual(await reconcile(), { requeued: 1 });
    assert.equal(await jobs.queue('media').getJobState(`${stuck}-process`), 'waiting');
    assert.equal(await jobs.queue('media').getJobState(`${fresh}-process`), 'unknown');
    assert.deepEqual(await reconcile(), { requeued: 0 });
  });

  it('retries an upload whose job gave up', async () => {
    const stuck = await pendingSince(10);
    const job = await jobs.enqueue('media', 'process', { mediaId: stuck }, { jobId: `${stuck}-process`, attempts: 1 });
    const connection = createRedis(env.REDIS_URL ?? 'redis://127.0.0.1:6379', 'zaffa-test-worker');
    const failing = new Worker(
      'media',
      async () => {
        throw new Error('database down');
      },
      { connection, prefix: env.QUEUE_PREFIX },
    );
    await once(failing, 'failed');
    await failing.close();
    connection.disconnect();
    assert.equal(await job.getState(), 'failed');
    await reconcileMedia(media, jobs, log)();
    assert.equal(await job.getState(), 'waiting');
  });
});

import assert from 'node:assert/strict';
import { once } from 'node:events';
import { after, before, describe, it } from 'node:test';
import { Queue, Worker } from 'bullmq';
import { Redis } from 'ioredis';
import { processJobId } from '@zaffa/media';
import { fixture, processed, uploadAs } from './support/media.ts';
import { workersProcesses } from './support/workersProcess.ts';
import { startStack, type Stack } from './support/stack.ts';

const couple = '00000000-0000-4000-8000-00000000c101';

describe('a workers process killed in the middle of a job', () => {
  let stack: Stack;
  let redis: Redis;
  let queue: Queue;

  const workers = workersProcesses(() => stack.env);

  before(async () => {
    stack = await startStack({ JOB_LOCK_MS: '2000' });
    redis = new Redis(stack.env.REDIS_URL!, { maxRetriesPerRequest: null });
    queue = new Queue('media', { connection: redis, prefix: stack.env.QUEUE_PREFIX });
  });

  after(async () => {
    workers.killAll();
    await queue.close();
    redis.disconnect();
    await stack.stop();
  });

  it('leaves the upload to the next workers process, which finishes it', async () => {
    // The large HEIC keeps a worker busy for a while; should the kill still land after the job, try again with another copy.
    let mediaId: string | undefined;
    for (let attempt = 0; attempt < 3 && !mediaId; attempt++) {
      const bytes = Buffer.concat([fixture('heic_IMG_5195.HEIC'), Buffer.from([attempt])]);
      const { body } = await uploadAs(stack, couple, bytes, 'IMG_0001.HEIC');
      const id = body.data!.uploadMedia.media.id;
      const child = workers.start();
      while ((await queue.getJobState(processJobId(id))) !== 'active') await new Promise((r) => setTimeout(r, 10));
      child.kill('SIGKILL');
      await once(child, 'exit');
      const [row] = await stack.subgraphs.media.deps.db.query('SELECT status FROM media WHERE id = $1', [id]);
      if (row.status === 'PENDING') mediaId = id;
    }
    assert.ok(mediaId, 'a kill landed while a job was running');
    assert.equal(await queue.getJobState(processJobId(mediaId)), 'active', 'the dead process still holds the job');

    workers.start();
    const media = await processed(stack, mediaId);
    assert.equal(media.status, 'READY', media.failureReason ?? '');
    assert.equal(media.mimeType, 'image/jpeg');
    assert.equal(media.width, 2566);
    const res = await fetch(stack.origin + media.url);
    assert.equal(res.status, 200);
  });
});

describe('an upload whose processing keeps taking its worker down', () => {
  let stack: Stack;
  let redis: Redis;

  before(async () => {
    stack = await startStack({ JOB_LOCK_MS: '2000' });
    redis = new Redis(stack.env.REDIS_URL!, { maxRetriesPerRequest: null });
  });

  after(async () => {
    redis.disconnect();
    await stack.stop();
  });

  /** A worker that takes the next media job and never finishes it, then is gone: what a process dying on the job leaves. */
  async function takeAndDie(): Promise<void> {
    let taken!: () => void;
    const took = new Promise<void>((resolve) => (taken = resolve));
    const connection = redis.duplicate();
    const worker = new Worker(
      'media',
      () => {
        taken();
        return new Promise(() => {});
      },
      { connection, prefix: stack.env.QUEUE_PREFIX, lockDuration: 1000, stalledInterval: 300 },
    );
    await took;
    await worker.close(true);
    connection.disconnect();
  }

  it('ends FAILED with a reason once the job stalled past its limit, instead of waiting for ever', async () => {
    const { body } = await uploadAs(stack, couple, fixture('jpg_Canon_40D.jpg'), 'canon.jpg');
    const id = body.data!.uploadMedia.media.id;
    await takeAndDie();
    await takeAndDie(); // after the first stall, the job went back to wait once

    await stack.startWorkers();
    const deadline = Date.now() + 30_000;
    let row: { status: string; failure_reason: string | null } | undefined;
    while (Date.now() < deadline) {
      [row] = await stack.subgraphs.media.deps.db.query('SELECT status, failure_reason FROM media WHERE id = $1', [id]);
      if (row?.status !== 'PENDING') break;
      await new Promise((r) => setTimeout(r, 100));
    }
    assert.equal(row?.status, 'FAILED', 'the upload no longer waits');
    assert.match(row?.failure_reason ?? '', /upload the file again/);
    const media = await processed(stack, id);
    assert.equal(media.status, 'FAILED');
  });
});

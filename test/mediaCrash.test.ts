import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { Queue } from 'bullmq';
import { Redis } from 'ioredis';
import { processJobId } from '@zaffa/media';
import { fixture, processed, uploadAs } from './support/media.ts';
import { startStack, type Stack } from './support/stack.ts';

const couple = '00000000-0000-4000-8000-00000000c101';
const workersMain = fileURLToPath(new URL('../workers/src/main.ts', import.meta.url));

describe('a workers process killed in the middle of a job', () => {
  let stack: Stack;
  let redis: Redis;
  let queue: Queue;
  const children: ChildProcess[] = [];

  /** A separate workers process, so it can die as a crash would kill it (SIGKILL: no goodbye). */
  const startWorkersProcess = () => {
    const child = spawn(process.execPath, [workersMain], { env: { ...stack.env, JOB_LOCK_MS: '2000' }, stdio: 'ignore' });
    children.push(child);
    return child;
  };

  before(async () => {
    stack = await startStack({ JOB_LOCK_MS: '2000' });
    redis = new Redis(stack.env.REDIS_URL!, { maxRetriesPerRequest: null });
    queue = new Queue('media', { connection: redis, prefix: stack.env.QUEUE_PREFIX });
  });

  after(async () => {
    for (const child of children) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
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
      const child = startWorkersProcess();
      while ((await queue.getJobState(processJobId(id))) !== 'active') await new Promise((r) => setTimeout(r, 10));
      child.kill('SIGKILL');
      await once(child, 'exit');
      const [row] = await stack.subgraphs.media.deps.db.query('SELECT status FROM media WHERE id = $1', [id]);
      if (row.status === 'PENDING') mediaId = id;
    }
    assert.ok(mediaId, 'a kill landed while a job was running');
    assert.equal(await queue.getJobState(processJobId(mediaId)), 'active', 'the dead process still holds the job');

    startWorkersProcess();
    const media = await processed(stack, mediaId);
    assert.equal(media.status, 'READY', media.failureReason ?? '');
    assert.equal(media.mimeType, 'image/jpeg');
    assert.equal(media.width, 2566);
    const res = await fetch(stack.origin + media.url);
    assert.equal(res.status, 200);
  });
});

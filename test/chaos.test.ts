import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { once } from 'node:events';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { Queue, QueueEvents } from 'bullmq';
import { Redis } from 'ioredis';
import { processJobId } from '@zaffa/media';
import { categoryId, placeId } from '@zaffa/vendor';
import { privatePostgres, privateRedis, until } from './support/faults.ts';
import { fixture, processed, uploadAs } from './support/media.ts';
import { workersProcesses } from './support/workersProcess.ts';
import { startStack, type Stack } from './support/stack.ts';

const createVendor = `mutation($input: CreateVendorInput!) { createVendor(input: $input) { vendor { id } } }`;
const newVendor = () => ({
  name: `Salle ${randomUUID().slice(0, 8)}`,
  categoryId: categoryId('salle-des-fetes'),
  placeId: placeId.commune('1601'),
});

/** Every file of the store's shards (`ab/abcdef….jpg`): stored blobs, none of the working folders. */
const storedBlobs = (root: string) =>
  readdirSync(root, { withFileTypes: true })
    .filter((d) => d.isDirectory() && /^[0-9a-f]{2}$/.test(d.name))
    .flatMap((d) => readdirSync(join(root, d.name)));

describe('chaos: a workers process killed in the middle of a job', () => {
  let stack: Stack;
  let redis: Redis;
  let queue: Queue;
  let events: QueueEvents;
  let eventsConnection: Redis;
  const completed: string[] = [];

  const workers = workersProcesses(() => stack.env);

  before(async () => {
    stack = await startStack({ JOB_LOCK_MS: '2000' });
    redis = new Redis(stack.env.REDIS_URL!, { maxRetriesPerRequest: null });
    queue = new Queue('media', { connection: redis, prefix: stack.env.QUEUE_PREFIX });
    eventsConnection = redis.duplicate();
    events = new QueueEvents('media', { connection: eventsConnection, prefix: stack.env.QUEUE_PREFIX });
    events.on('completed', ({ jobId }) => void completed.push(jobId));
    await events.waitUntilReady();
  });

  after(async () => {
    workers.killAll();
    await events.close();
    eventsConnection.disconnect();
    await queue.close();
    redis.disconnect();
    await stack.stop();
  });

  it('completes the job once, in the next process, with its files stored once', async () => {
    let mediaId: string | undefined;
    // The large HEIC keeps a worker busy a while; should the kill land after the job, try again with another copy.
    for (let attempt = 0; attempt < 3 && !mediaId; attempt++) {
      const bytes = Buffer.concat([fixture('heic_IMG_5195.HEIC'), Buffer.from([attempt])]);
      const { body } = await uploadAs(stack, randomUUID(), bytes, 'IMG_0001.HEIC');
      const id = body.data!.uploadMedia.media.id;
      const child = workers.start();
      await until(async () => (await queue.getJobState(processJobId(id))) === 'active', 'the job runs', 60_000);
      child.kill('SIGKILL');
      await once(child, 'exit');
      const [row] = await stack.subgraphs.media.deps.db.query('SELECT status FROM media WHERE id = $1', [id]);
      if (row.status === 'PENDING') mediaId = id;
    }
    assert.ok(mediaId, 'a kill landed while a job was running');
    const before = storedBlobs(stack.env.MEDIA_STORAGE_DIR!);

    workers.start();
    const media = await processed(stack, mediaId);
    assert.equal(media.status, 'READY', media.failureReason ?? '');
    // Two lock periods more: a second run would show now.
    await new Promise((r) => setTimeout(r, 5000));
    assert.deepEqual(
      completed.filter((id) => id === processJobId(mediaId)),
      [processJobId(mediaId)],
      'the job completed exactly once',
    );
    const added = storedBlobs(stack.env.MEDIA_STORAGE_DIR!).filter((f) => !before.includes(f));
    assert.equal(added.length, media.variants.length, `each variant stored once: ${added.join(' ')}`);
  });
});

describe('chaos: Redis restarted without its data', () => {
  let stack: Stack;
  let redis: Awaited<ReturnType<typeof privateRedis>>;
  const couple = randomUUID();
  const owner = randomUUID();

  before(async () => {
    redis = await privateRedis();
    stack = await startStack({ REDIS_URL: redis.url, SCHEDULES_CHECK_MS: '500', JOB_LOCK_MS: '2000' });
  });

  after(async () => {
    await stack.stop();
    await redis.stop();
  });

  const schedulers = async () => {
    const connection = new Redis(redis.url, { maxRetriesPerRequest: null });
    try {
      const names = [];
      for (const name of ['media', 'search', 'vendor', 'event', 'messaging', 'backup']) {
        const queue = new Queue(name, { connection, prefix: stack.env.QUEUE_PREFIX });
        names.push(...(await queue.getJobSchedulers()).map((s) => s.key));
        await queue.close();
      }
      return names.sort();
    } finally {
      connection.disconnect();
    }
  };

  it('loses no accepted upload nor domain event queued before the restart', async () => {
    // No workers yet: the upload's processing and the new vendor's event to messaging wait in Redis.
    const { body } = await uploadAs(stack, couple, fixture('jpg_Canon_40D.jpg'), 'canon.jpg');
    const mediaId = body.data!.uploadMedia.media.id;
    const token = `Bearer ${await stack.issuer.sign(owner, 'VENDOR')}`;
    const made = await stack.query<{ createVendor: { vendor: { id: string } } }>(
      createVendor,
      { input: newVendor() },
      { authorization: token },
    );
    const vendorId = made.body.data!.createVendor.vendor.id;
    const connection = new Redis(redis.url, { maxRetriesPerRequest: null });
    const queue = new Queue('media', { connection, prefix: stack.env.QUEUE_PREFIX });
    await until(async () => (await queue.getJobState(processJobId(mediaId))) === 'waiting', 'the upload is queued');
    await queue.close();
    connection.disconnect();

    await redis.restartEmpty();
    await stack.startWorkers();

    const media = await processed(stack, mediaId);
    assert.equal(media.status, 'READY', media.failureReason ?? '');
    const messaging = stack.subgraphs.messaging.deps.db;
    await until(
      async () => (await messaging.query('SELECT owner_id FROM vendor_owners WHERE vendor_id = $1', [vendorId]))[0]?.owner_id === owner,
      'messaging learns the vendor of the event sent before the restart',
    );
  });

  it('makes the recurring jobs again', async () => {
    const scheduled = await schedulers();
    assert.ok(scheduled.includes('media-expire') && scheduled.includes('search-reconcile'), scheduled.join(' '));
    await redis.restartEmpty();
    await until(async () => (await schedulers()).join() === scheduled.join(), 'the recurring jobs are back', 15_000);
  });
});

describe('chaos: Postgres restarted', () => {
  let stack: Stack;
  let postgres: Awaited<ReturnType<typeof privatePostgres>>;
  const couple = randomUUID();
  let token: string;
  const myEvents = `{ myEvents { totalCount } }`;

  before(async () => {
    postgres = await privatePostgres();
    stack = await startStack({ DATABASE_URL: postgres.url });
    token = `Bearer ${await stack.issuer.sign(couple, 'COUPLE')}`;
  });

  after(async () => {
    await stack.stop();
    await postgres.remove();
  });

  it('answers errors while Postgres is away, and answers again once it is back, without a restart', async () => {
    const ok = await stack.query(myEvents, {}, { authorization: token });
    assert.deepEqual(ok.body, { data: { myEvents: { totalCount: 0 } } });

    await postgres.stop();
    const started = Date.now();
    const down = await stack.query(myEvents, {}, { authorization: token });
    assert.ok(Date.now() - started < 15_000, 'an answer, not a hang');
    assert.ok(down.body.errors && down.body.errors.length > 0, JSON.stringify(down.body));
    assert.equal(down.body.data?.myEvents ?? null, null);

    await postgres.start();
    await until(async () => {
      const { body } = await stack.query(myEvents, {}, { authorization: token });
      return JSON.stringify(body) === JSON.stringify({ data: { myEvents: { totalCount: 0 } } });
    }, 'the event subgraph answers again');
    const created = await stack.query(
      `mutation($input: CreateEventInput!) { createEvent(input: $input) { event { id } } }`,
      { input: { kind: 'WEDDING', title: 'Après la panne', date: '2027-09-09' } },
      { authorization: token },
    );
    assert.equal(created.body.errors, undefined, JSON.stringify(created.body.errors));
  });
});

describe('chaos: a subgraph down', () => {
  let stack: Stack;
  const owner = randomUUID();

  before(async () => {
    stack = await startStack();
  });

  after(() => stack.stop());

  it('answers with what the others have and SERVICE_UNAVAILABLE naming the one down, then recovers', async () => {
    const token = `Bearer ${await stack.issuer.sign(owner, 'VENDOR')}`;
    const made = await stack.query<{ createVendor: { vendor: { id: string } } }>(
      createVendor,
      { input: newVendor() },
      { authorization: token },
    );
    const id = made.body.data!.createVendor.vendor.id;
    const query = `query($id: ID!) { vendor(id: $id) { id gallery { id } } }`;

    await stack.kill('media');
    const { body } = await stack.query<{ vendor: { id: string; gallery: unknown } }>(query, { id }, { authorization: token });
    assert.equal(body.data?.vendor.id, id);
    assert.equal(body.data?.vendor.gallery, null);
    const error = body.errors?.find((e) => e.extensions?.code === 'SERVICE_UNAVAILABLE');
    assert.equal(error?.extensions?.service, 'media', JSON.stringify(body.errors));

    await stack.revive('media');
    const back = await stack.query(query, { id }, { authorization: token });
    assert.deepEqual(back.body, { data: { vendor: { id, gallery: [] } } });
  });
});

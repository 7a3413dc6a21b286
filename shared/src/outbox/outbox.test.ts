import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { once } from 'node:events';
import { createServer } from 'node:net';
import { after, before, describe, it } from 'node:test';
import { Queue } from 'bullmq';
import type { DataSource, MigrationInterface, QueryRunner } from 'typeorm';
import { openDatabase } from '../db/openDatabase.ts';
import { createLogger } from '../logger.ts';
import { createRedis, type Redis } from '../redis.ts';
import { removeStackData, testEnv } from '../testing/index.ts';
import { CreateOutbox1764500000000, OutboxJobIdsAndDelays1765000000001 } from './migration.ts';
import { startOutboxRelay, type RelayedEvent } from './relay.ts';
import { writeEvent, writeEvents } from './writeEvent.ts';

class CreateThings1764500000001 implements MigrationInterface {
  name = 'CreateThings1764500000001';
  async up(q: QueryRunner) {
    await q.query(`CREATE TABLE things (id uuid PRIMARY KEY, name text NOT NULL)`);
  }
  async down(q: QueryRunner) {
    await q.query(`DROP TABLE things`);
  }
}

const log = createLogger('outbox-test', 'silent');
const env = testEnv();
const redisUrl = env.REDIS_URL || 'redis://127.0.0.1:6379';

async function freePort(): Promise<number> {
  const server = createServer().listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as { port: number };
  server.close();
  return port;
}

/** A redis-server of this test's own, which it may stop and start again. */
async function ownRedis(port: number): Promise<ChildProcess> {
  const child = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], {
    stdio: 'ignore',
  });
  const probe = createRedis(`redis://127.0.0.1:${port}`, 'probe', { failFast: true });
  probe.on('error', () => {});
  try {
    await until(async () => (await probe.ping().catch(() => '')) === 'PONG', 'own redis-server answers');
  } finally {
    probe.disconnect();
  }
  return child;
}

async function until(check: () => Promise<boolean>, what: string, timeoutMs = 20_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`gave up waiting: ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

describe('transactional outbox', () => {
  let db: DataSource;
  let redis: Redis;
  let queue: Queue;

  before(async () => {
    db = await openDatabase({
      serverUrl: env.DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/postgres',
      name: `${env.DATABASE_PREFIX}_outbox`,
      entities: [],
      migrations: [CreateOutbox1764500000000, CreateThings1764500000001, OutboxJobIdsAndDelays1765000000001],
      log,
    });
    redis = createRedis(redisUrl, 'outbox-test');
    queue = new Queue('search', { connection: redis, prefix: env.QUEUE_PREFIX });
  });

  after(async () => {
    await queue.close();
    redis.disconnect();
    await db.destroy();
    await removeStackData(env);
  });

  /** A change and its event, in one transaction that fails after both when `fail` is set. */
  async function change(fail = false): Promise<{ thing: string; event: string }> {
    const thing = randomUUID();
    let event = '';
    await db.transaction(async (tx) => {
      await tx.query(`INSERT INTO things (id, name) VALUES ($1, 'x')`, [thing]);
      event = await writeEvent(tx, 'search', 'reindexVendor', { vendorId: thing });
      if (fail) throw new Error('the change fails after writing its event');
    });
    return { thing, event };
  }

  const pendingCount = async () => Number((await db.query(`SELECT count(*) FROM outbox WHERE sent_at IS NULL`))[0].count);

  it('commits the change and its event together, or neither', async () => {
    await assert.rejects(change(true), /fails after/);
    assert.equal(Number((await db.query(`SELECT count(*) FROM things`))[0].count), 0);
    assert.equal(Number((await db.query(`SELECT count(*) FROM outbox`))[0].count), 0, 'a rolled-back change leaves no event');

    const relay = startOutboxRelay({ db, connection: redis, prefix: env.QUEUE_PREFIX!, log });
    try {
      const { thing, event } = await change();
      await until(async () => (await queue.getJob(event)) !== undefined, 'the event is queued');
      const job = await queue.getJob(event);
      assert.equal(job?.name, 'reindexVendor');
      assert.equal(job?.data.vendorId, thing);
      // The relay queues the job, then marks the row sent in the same transaction: the mark follows shortly.
      await until(async () => (await pendingCount()) === 0, 'the row is marked sent');
    } finally {
      await relay.stop();
    }
  });

  it('queues an event under the job id it was written with, delayed until its time', async () => {
    const thing = randomUUID();
    const jobId = `${thing}-later`;
    await assert.rejects(
      db.transaction((tx) => writeEvent(tx, 'search', 'reindexVendor', { vendorId: thing }, { jobId: `${thing}:later` })),
      /without ':'/,
    );
    await db.transaction((tx) =>
      writeEvent(tx, 'search', 'reindexVendor', { vendorId: thing }, { jobId, notBefore: new Date(Date.now() + 60_000) }),
    );
    const relay = startOutboxRelay({ db, connection: redis, prefix: env.QUEUE_PREFIX!, log });
    try {
      await until(async () => (await queue.getJob(jobId)) !== undefined, 'the event is queued under its own id');
      assert.equal(await queue.getJobState(jobId), 'delayed');
      const job = await queue.getJob(jobId);
      assert.ok(job!.opts.delay! > 50_000 && job!.opts.delay! <= 60_000, `delay ${job!.opts.delay}`);
    } finally {
      await relay.stop();
      await queue.remove(jobId);
    }
  });

  it('commits a change while Redis is away and delivers its event once Redis is back', async () => {
    const port = await freePort();
    let server = await ownRedis(port);
    const connection = createRedis(`redis://127.0.0.1:${port}`, 'outbox-relay', { failFast: true });
    connection.on('error', () => {});
    const checker = createRedis(`redis://127.0.0.1:${port}`, 'outbox-check');
    checker.on('error', () => {});
    const ownQueue = new Queue('search', { connection: checker, prefix: env.QUEUE_PREFIX });
    ownQueue.on('error', () => {});
    const relay = startOutboxRelay({ db, connection, prefix: env.QUEUE_PREFIX!, log, pollMs: 100 });
    try {
      server.kill('SIGKILL');
      await once(server, 'exit');

      const { thing, event } = await change();
      assert.equal(Number((await db.query(`SELECT count(*) FROM things WHERE id = $1`, [thing]))[0].count), 1, 'the change committed');
      relay.wake();
      await new Promise((r) => setTimeout(r, 500));
      assert.deepEqual(
        (await db.query(`SELECT sent_at FROM outbox WHERE id = $1`, [event]))[0],
        { sent_at: null },
        'the event waits while Redis is away',
      );

      server = await ownRedis(port);
      await until(
        async () => (await ownQueue.getJob(event).catch(() => undefined)) !== undefined,
        'the event is queued after Redis returns',
      );
      assert.equal((await ownQueue.getJob(event))?.data.vendorId, thing);
      await until(async () => (await pendingCount()) === 0, 'the row is marked sent');
    } finally {
      await relay.stop();
      await ownQueue.close().catch(() => {});
      checker.disconnect();
      connection.disconnect();
      server.kill('SIGKILL');
    }
  });

  it('sends again the events a Redis restarted without its data lost', async () => {
    const port = await freePort();
    let server = await ownRedis(port);
    const connection = createRedis(`redis://127.0.0.1:${port}`, 'outbox-relay', { failFast: true });
    connection.on('error', () => {});
    const checker = createRedis(`redis://127.0.0.1:${port}`, 'outbox-check');
    checker.on('error', () => {});
    const ownQueue = new Queue('search', { connection: checker, prefix: env.QUEUE_PREFIX });
    ownQueue.on('error', () => {});
    const relay = startOutboxRelay({ db, connection, prefix: env.QUEUE_PREFIX!, log, pollMs: 100 });
    try {
      const { thing, event } = await change();
      await until(async () => (await ownQueue.getJob(event).catch(() => undefined)) !== undefined, 'the event is queued');
      await until(async () => (await pendingCount()) === 0, 'the row is marked sent');

      // Queued, not yet done, and Redis restarts empty (no persistence): the job is gone with it. The job found
      // afterwards was queued after the restart (the relay may already have sent it by the time we look).
      const restarted = Date.now();
      server.kill('SIGKILL');
      await once(server, 'exit');
      server = await ownRedis(port);

      const queuedAgain = async () => {
        const job = await ownQueue.getJob(event).catch(() => undefined);
        return job !== undefined && job.timestamp >= restarted;
      };
      await until(queuedAgain, 'the event is queued again', 10_000);
      assert.equal((await ownQueue.getJob(event))?.data.vendorId, thing);
      await until(async () => (await pendingCount()) === 0, 'the row is marked sent again');
    } finally {
      await relay.stop();
      await ownQueue.close().catch(() => {});
      checker.disconnect();
      connection.disconnect();
      server.kill('SIGKILL');
    }
  });

  it('never has two relays deliver one event', async () => {
    const seen: RelayedEvent[][] = [[], []];
    const relays = seen.map((into) =>
      startOutboxRelay({
        db,
        connection: redis,
        prefix: env.QUEUE_PREFIX!,
        log,
        batchSize: 7,
        onRelayed: async (events) => void into.push(...events),
      }),
    );
    try {
      const written = (await Promise.all(Array.from({ length: 40 }, () => Promise.all(Array.from({ length: 5 }, () => change()))))).flat();
      // A batch is reported after its transaction commits: wait for the reports, not only for the rows.
      await until(async () => (await pendingCount()) === 0 && seen.flat().length >= written.length, 'every event is sent');
      const delivered = seen.flat().map((e) => e.id);
      assert.equal(new Set(delivered).size, delivered.length, 'no event delivered twice');
      const ids = new Set(delivered);
      assert.ok(
        written.every((w) => ids.has(w.event)),
        'every event delivered',
      );
    } finally {
      await Promise.all(relays.map((r) => r.stop()));
    }
  });

  it('writes many events in one statement with a bulk change, or none, and delivers each once in order', async () => {
    const things = Array.from({ length: 300 }, () => randomUUID());
    const written = new Set<string>(things);
    const bulk = (fail: boolean) =>
      db.transaction(async (tx) => {
        await tx.query(`INSERT INTO things (id, name) SELECT unnest($1::uuid[]), 'bulk'`, [things]);
        await writeEvents(
          tx,
          'search',
          'reindexVendor',
          things.map((vendorId) => ({ payload: { vendorId }, id: vendorId })),
        );
        if (fail) throw new Error('the bulk change fails after writing its events');
      });
    await assert.rejects(bulk(true), /fails after/);
    assert.equal(Number((await db.query(`SELECT count(*) FROM outbox WHERE id = ANY($1::uuid[])`, [things]))[0].count), 0);

    const seen: RelayedEvent[] = [];
    const relay = startOutboxRelay({ db, connection: redis, prefix: env.QUEUE_PREFIX!, log, onRelayed: async (e) => void seen.push(...e) });
    try {
      await bulk(false);
      // Written again (a seed run twice): the same ids are no new events.
      await db.transaction((tx) =>
        writeEvents(
          tx,
          'search',
          'reindexVendor',
          things.map((vendorId) => ({ payload: { vendorId }, id: vendorId })),
        ),
      );
      // Only this test's events: an earlier test may leave some of its own for this relay.
      const ours = () => seen.filter((e) => written.has(e.id));
      await until(async () => (await pendingCount()) === 0 && ours().length >= things.length, 'every event is sent');
      assert.deepEqual(
        ours().map((e) => e.id),
        things,
        'each once, in the order written',
      );
      assert.equal((await queue.getJob(things[0]!))?.data.vendorId, things[0]);
      await assert.rejects(
        db.transaction((tx) => writeEvents(tx, 'search', 'reindexVendor', [{ payload: { vendorId: 'not an id' } }])),
        /uuid|Invalid/i,
        'payloads are checked against the job registry',
      );
    } finally {
      await relay.stop();
    }
  });
});

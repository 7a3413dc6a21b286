import assert from 'node:assert/strict';
import { after, describe, it } from 'node:test';
import { Queue } from 'bullmq';
import { createLogger, createRedis, openDatabase, startOutboxRelay } from '@zaffa/shared';
import { removeStackData, testEnv } from '@zaffa/shared/testing';
import { CreateEvents1763800000000 } from './1763800000000-CreateEvents.ts';
import { Bookings1764100000000 } from './1764100000000-Bookings.ts';
import { migrations } from './index.ts';

const log = createLogger('event-outbox-migration-test', 'silent');
const env = testEnv();
const serverUrl = env.DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/postgres';
const name = `${env.DATABASE_PREFIX}_event`;
const vendorId = '00000000-0000-4000-8000-0000000000a1';

describe('the event outbox moves onto the kernel outbox', () => {
  after(() => removeStackData(env));

  it('carries pending events over, in order, with their job ids and delays, and the kernel relay sends them', async () => {
    const before = await openDatabase({
      serverUrl,
      name,
      entities: [],
      migrations: [CreateEvents1763800000000, Bookings1764100000000],
      log,
    });
    const insert = `INSERT INTO outbox (queue, job, job_id, payload, not_before, created_at, sent_at) VALUES ($1, $2, $3, $4, $5, $6, $7)`;
    const payload = JSON.stringify({ vendorId, dates: ['2027-07-01'] });
    const at = (s: number) => new Date(Date.UTC(2026, 11, 1, 12, 0, s));
    await before.query(insert, ['event', 'announceAvailability', `${vendorId}-dates-2`, payload, null, at(2), null]);
    await before.query(insert, ['event', 'announceAvailability', `${vendorId}-dates-1`, payload, null, at(1), null]);
    await before.query(insert, ['event', 'announceAvailability', `${vendorId}-dates-0`, payload, null, at(0), at(0)]);
    await before.query(insert, [
      'event',
      'announceAvailability',
      `${vendorId}-later`,
      payload,
      new Date(Date.now() + 3600_000),
      at(3),
      null,
    ]);
    await before.destroy();

    const db = await openDatabase({ serverUrl, name, entities: [], migrations, log });
    const redis = createRedis(env.REDIS_URL || 'redis://127.0.0.1:6379', 'event-outbox-migration-test');
    const queue = new Queue('event', { connection: redis, prefix: env.QUEUE_PREFIX });
    try {
      const rows = (await db.query(`SELECT job_id, not_before IS NOT NULL AS delayed FROM outbox WHERE sent_at IS NULL ORDER BY seq`)) as {
        job_id: string;
        delayed: boolean;
      }[];
      assert.deepEqual(
        rows.map((r) => [r.job_id, r.delayed]),
        [
          [`${vendorId}-dates-1`, false],
          [`${vendorId}-dates-2`, false],
          [`${vendorId}-later`, true],
        ],
        'pending rows only, oldest first',
      );
      const relay = startOutboxRelay({ db, connection: redis, prefix: env.QUEUE_PREFIX!, log });
      try {
        const deadline = Date.now() + 20_000;
        while ((await db.query(`SELECT count(*)::int AS n FROM outbox WHERE sent_at IS NULL`))[0].n > 0) {
          assert.ok(Date.now() < deadline, 'the relay sends the carried-over rows');
          await new Promise((r) => setTimeout(r, 50));
        }
      } finally {
        await relay.stop();
      }
      assert.equal(await queue.getJobState(`${vendorId}-dates-1`), 'waiting');
      assert.equal(await queue.getJobState(`${vendorId}-later`), 'delayed');
    } finally {
      await queue.obliterate({ force: true });
      await queue.close();
      redis.disconnect();
      await db.destroy();
    }
  });
});

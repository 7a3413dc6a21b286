import assert from 'node:assert/strict';
import { after, describe, it } from 'node:test';
import { createRedis } from '../redis.ts';
import { testEnv } from '../testing/index.ts';
import { EventBus } from './eventBus.ts';
import { EventBufferOverflow } from './eventStream.ts';

describe('EventBus over Redis pub/sub', () => {
  const env = testEnv();
  const redisA = createRedis(env.REDIS_URL ?? 'redis://127.0.0.1:6379', 'test-bus-a');
  const redisB = createRedis(env.REDIS_URL ?? 'redis://127.0.0.1:6379', 'test-bus-b');
  // Two buses on two connections stand for two instances of a subgraph.
  const a = new EventBus(redisA, env.QUEUE_PREFIX!);
  const b = new EventBus(redisB, env.QUEUE_PREFIX!);
  after(async () => {
    await a.close();
    await b.close();
    redisA.disconnect();
    redisB.disconnect();
  });

  it('delivers an event published by one instance to subscribers on another, in order', async () => {
    const first = await a.subscribe<{ n: number }>(['conversation:1']);
    const second = await a.subscribe<{ n: number }>(['conversation:1', 'conversation:2']);
    assert.equal(await b.publish('conversation:1', { n: 1 }), 1, 'one process listens');
    await b.publish('conversation:2', { n: 2 });
    await b.publish('conversation:3', { n: 3 });
    assert.equal((await first.next()).value!.payload.n, 1);
    assert.deepEqual([(await second.next()).value!.payload.n, (await second.next()).value!.payload.n], [1, 2]);
    await first.return();
    await second.return();
    assert.equal(a.listenerCount, 0);
  });

  it('ends a consumer that lets too many events wait, instead of queueing without end', async () => {
    const slow = await a.subscribe<{ n: number }>(['slow'], 3);
    for (let n = 0; n < 5; n++) await b.publish('slow', { n });
    await new Promise((r) => setTimeout(r, 200));
    const read: number[] = [];
    await assert.rejects(async () => {
      for (;;) read.push((await slow.next()).value!.payload.n);
    }, EventBufferOverflow);
    assert.equal(a.listenerCount, 0, 'the overflowing listener is gone');
  });
});

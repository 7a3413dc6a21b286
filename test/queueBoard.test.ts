import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { Worker } from 'bullmq';
import { Redis } from 'ioredis';
import { JobProducer, jobRegistry } from '@zaffa/shared';
import { startStack, type Stack } from './support/stack.ts';

describe('the queue board at /admin/queues', () => {
  let stack: Stack;
  let staffToken: string;
  let coupleToken: string;
  before(async () => {
    stack = await startStack();
    staffToken = await stack.issuer.sign('00000000-0000-4000-8000-000000000001', 'STAFF');
    coupleToken = await stack.issuer.sign('00000000-0000-4000-8000-000000000002', 'COUPLE');
  });
  after(() => stack.stop());

  const board = (path = '', headers: Record<string, string> = {}) => fetch(`${stack.origin}/admin/queues${path}`, { headers });

  it('refuses anyone but staff: 401 anonymous or with a bad token, 403 for a couple, by bearer or cookie', async () => {
    assert.equal((await board()).status, 401);
    assert.equal((await board('/api/queues')).status, 401);
    assert.equal((await board('', { authorization: 'Bearer not-a-token' })).status, 401);
    assert.equal((await board('', { cookie: 'zaffa_staff=forged' })).status, 401);
    assert.equal((await board('', { authorization: `Bearer ${coupleToken}` })).status, 403);
    assert.equal((await board('/api/queues', { cookie: `zaffa_staff=${coupleToken}` })).status, 403);
    // Nor does a couple get the cookie.
    const session = await fetch(`${stack.origin}/admin/session`, { method: 'POST', headers: { authorization: `Bearer ${coupleToken}` } });
    assert.equal(session.status, 403);
    assert.equal(session.headers.get('set-cookie'), null);
  });

  it("shows staff every queue of the registry and a failed job with its error, through the sign-in's cookie", async () => {
    const connection = new Redis(stack.env.REDIS_URL!, { maxRetriesPerRequest: null });
    const jobs = new JobProducer(connection, stack.env.QUEUE_PREFIX!);
    const worker = new Worker(
      'search',
      async () => {
        throw new Error('search index disk is full');
      },
      { connection, prefix: stack.env.QUEUE_PREFIX },
    );
    const failed = new Promise<void>((resolve) => worker.on('failed', () => resolve()));
    await jobs.enqueue('search', 'rebuildIndex', {}, { jobId: 'board-test-rebuild', attempts: 1 });
    await failed;
    await worker.close();
    await jobs.close();
    connection.disconnect();

    const session = await fetch(`${stack.origin}/admin/session`, { method: 'POST', headers: { authorization: `Bearer ${staffToken}` } });
    assert.equal(session.status, 204);
    const cookie = session.headers.get('set-cookie')!;
    assert.match(cookie, /zaffa_staff=.+; Max-Age=\d+; Path=\/admin;.*HttpOnly; SameSite=Strict/);
    const pair = cookie.split(';')[0]!;

    const page = await board('', { cookie: pair });
    assert.equal(page.status, 200);
    assert.match(await page.text(), /Zaffa queues|bull/i);

    const api = await board('/api/queues?activeQueue=search&status=failed&page=1', { cookie: pair });
    assert.equal(api.status, 200);
    const { queues } = (await api.json()) as { queues: { name: string; jobs: { id: string; name: string; failedReason: string }[] }[] };
    assert.deepEqual(queues.map((q) => q.name).sort(), Object.keys(jobRegistry).sort());
    const job = queues.find((q) => q.name === 'search')!.jobs.find((j) => j.id === 'board-test-rebuild');
    assert.equal(job?.failedReason, 'search index disk is full');

    // A bearer token works as well as the cookie.
    assert.equal((await board('/api/queues', { authorization: `Bearer ${staffToken}` })).status, 200);
  });
});

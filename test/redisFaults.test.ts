import assert from 'node:assert/strict';
import { createHash, randomUUID } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import { loadGatewayConfig, startGateway, type RunningGateway } from '@zaffa/gateway';
import { fixture, uploadAs } from './support/media.ts';
import { privateRedis, type PrivateRedis } from './support/faults.ts';
import { startStack, type Stack } from './support/stack.ts';

// The whole stack on a Redis of this test's own, which it pauses (SIGSTOP: connections open, nothing answered)
// and stops. Requests must still be answered meanwhile, from fallbacks, well before Redis comes back.

const signIn = `mutation SignIn($input: SignInInput!) { signIn(input: $input) { accessToken } }`;
const signUp = `mutation SignUp($input: SignUpInput!) { signUp(input: $input) { accessToken } }`;
/** Long enough to tell "answered from a fallback" from "waited for Redis", which never answers while paused. */
const ANSWERED_WITHIN_MS = 5000;

type Body = { data?: Record<string, unknown> | null; errors?: { extensions?: { code?: string } }[] };

const post = async (url: string, body: unknown, headers: Record<string, string> = {}) => {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
    signal: AbortSignal.timeout(ANSWERED_WITHIN_MS),
  });
  return { status: res.status, body: (await res.json()) as Body };
};

describe('a Redis that stalls or goes away', () => {
  let redis: PrivateRedis;
  let stack: Stack;
  const extra: RunningGateway[] = [];
  const anotherGateway = async (env: NodeJS.ProcessEnv) => {
    const { accounts, vendor, event, media, messaging } = stack.subgraphs;
    const gateway = await startGateway(
      loadGatewayConfig({
        ...stack.env,
        ACCOUNTS_URL: accounts.url,
        VENDOR_URL: vendor.url,
        EVENT_URL: event.url,
        MEDIA_URL: media.url,
        MESSAGING_URL: messaging.url,
        ...env,
      }),
    );
    extra.push(gateway);
    return gateway;
  };
  const email = `redis-${randomUUID()}@example.dz`;
  const password = 'a password long enough';
  const query = '{ categories { slug } }';
  const byHash = { extensions: { persistedQuery: { version: 1, sha256Hash: createHash('sha256').update(query).digest('hex') } } };

  before(async () => {
    redis = await privateRedis();
    stack = await startStack({ REDIS_URL: redis.url, REDIS_REQUEST_TIMEOUT_MS: '300' });
    const created = await post(stack.gateway.url, { query: signUp, variables: { input: { email, password, displayName: 'R' } } });
    assert.equal(created.body.errors, undefined, JSON.stringify(created.body.errors));
    assert.ok((await post(stack.gateway.url, { query, ...byHash })).body.data, 'the query is registered while Redis answers');
  });
  after(async () => {
    redis.resume();
    await redis.stop();
    await redis.start();
    await Promise.all(extra.map((g) => g.stop()));
    await stack.stop();
    await redis.stop();
  });

  describe('paused', () => {
    let limited: RunningGateway;
    before(async () => {
      limited = await anotherGateway({ RATE_LIMIT_IP_PER_MINUTE: '3', APQ_REGISTRATIONS_PER_MINUTE: '2' });
      redis.pause();
    });
    after(() => redis.resume());

    it('answers a query', async () => {
      const { status, body } = await post(stack.gateway.url, { query: '{ __typename }' });
      assert.equal(status, 200);
      assert.deepEqual(body, { data: { __typename: 'Query' } });
    });

    it('signs in with the right password', async () => {
      const { body } = await post(stack.gateway.url, { query: signIn, variables: { input: { email, password } } });
      assert.equal(body.errors, undefined, JSON.stringify(body.errors));
      assert.equal(typeof (body.data!.signIn as { accessToken: string }).accessToken, 'string');
    });

    it('still refuses guessing: the sign-in throttle counts in the process meanwhile', async () => {
      const target = `target-${randomUUID()}@example.dz`;
      const codes: (string | undefined)[] = [];
      for (let i = 0; i < 12; i++) {
        const input = { email: target, password: `guess ${i}` };
        const { body } = await post(stack.gateway.url, { query: signIn, variables: { input } });
        codes.push(body.errors?.[0]?.extensions?.code);
      }
      assert.deepEqual(new Set(codes.slice(0, 9)), new Set(['UNAUTHENTICATED']));
      assert.equal(codes.at(-1), 'RATE_LIMITED');
    });

    it('still limits requests per address, per gateway process', async () => {
      const statuses: number[] = [];
      for (let i = 0; i < 4; i++) statuses.push((await post(limited.url, { query: '{ __typename }' })).status);
      assert.deepEqual(statuses, [200, 200, 200, 429]);
    });

    it('answers a persisted query by hash as a miss, and the whole query as usual', async () => {
      const miss = await post(stack.gateway.url, byHash);
      assert.equal(miss.body.errors?.[0]?.extensions?.code, 'PERSISTED_QUERY_NOT_FOUND');
      const whole = await post(stack.gateway.url, { query, ...byHash });
      assert.equal((whole.body.data!.categories as unknown[]).length, 12);
    });

    it('accepts an upload', async () => {
      const { status, body } = await Promise.race([
        uploadAs(stack, randomUUID(), fixture('jpg_Canon_40D.jpg'), 'hall.jpg'),
        new Promise<never>((_, reject) => setTimeout(() => reject(new Error('upload not answered')), ANSWERED_WITHIN_MS)),
      ]);
      assert.equal(status, 200);
      assert.equal(body.errors, undefined, JSON.stringify(body.errors));
      assert.equal(body.data!.uploadMedia.media.status, 'PENDING');
    });
  });

  describe('back', () => {
    it('serves persisted queries from Redis again once it answers', async () => {
      const deadline = Date.now() + 15_000;
      let body: Body;
      do {
        await new Promise((r) => setTimeout(r, 200));
        body = (await post(stack.gateway.url, byHash)).body;
      } while (body.errors && Date.now() < deadline);
      assert.equal((body.data?.categories as unknown[] | undefined)?.length, 12);
    });
  });

  describe('stopped', () => {
    before(() => redis.stop());

    it('answers a query', async () => {
      const { status, body } = await post(stack.gateway.url, { query: '{ __typename }' });
      assert.equal(status, 200);
      assert.deepEqual(body, { data: { __typename: 'Query' } });
    });

    it('signs in', async () => {
      const { body } = await post(stack.gateway.url, { query: signIn, variables: { input: { email, password } } });
      assert.equal(body.errors, undefined, JSON.stringify(body.errors));
    });
  });
});

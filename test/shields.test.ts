import assert from 'node:assert/strict';
import { createHash, randomUUID } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import { generateKeyPair, SignJWT } from 'jose';
import { loadGatewayConfig, startGateway, type RunningGateway } from '@zaffa/gateway';
import { startStack, type Stack } from './support/stack.ts';

const post = (url: string, body: unknown, headers: Record<string, string> = {}) =>
  fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });

describe("the gateway's shields", () => {
  let stack: Stack;
  const extra: RunningGateway[] = [];
  /** Another gateway instance over the same subgraphs and Redis, with some settings changed. */
  const anotherGateway = async (env: NodeJS.ProcessEnv) => {
    const { accounts, vendor, event, media } = stack.subgraphs;
    const gateway = await startGateway(
      loadGatewayConfig({
        ...stack.env,
        ACCOUNTS_URL: accounts.url,
        VENDOR_URL: vendor.url,
        EVENT_URL: event.url,
        MEDIA_URL: media.url,
        ...env,
      }),
    );
    extra.push(gateway);
    return gateway;
  };

  before(async () => {
    stack = await startStack();
  });
  after(async () => {
    await Promise.all(extra.map((g) => g.stop()));
    await stack.stop();
  });

  describe('forged tokens', () => {
    const userId = randomUUID();
    const forgeries: [string, () => Promise<string>][] = [
      [
        'alg none',
        async () =>
          `${Buffer.from(JSON.stringify({ alg: 'none', typ: 'JWT' })).toString('base64url')}.${Buffer.from(JSON.stringify({ sub: userId, role: 'STAFF', iss: 'zaffa-accounts', aud: 'zaffa', exp: Math.floor(Date.now() / 1000) + 600 })).toString('base64url')}.`,
      ],
      [
        'signed with another key',
        async () => {
          const { privateKey } = await generateKeyPair('EdDSA', { crv: 'Ed25519' });
          return new SignJWT({ role: 'STAFF' })
            .setProtectedHeader({ alg: 'EdDSA' })
            .setSubject(userId)
            .setIssuer('zaffa-accounts')
            .setAudience('zaffa')
            .setExpirationTime('5m')
            .sign(privateKey);
        },
      ],
      ['expired', () => stack.issuer.sign(userId, 'COUPLE', { exp: Math.floor(Date.now() / 1000) - 60 })],
      ['for another audience', () => stack.issuer.sign(userId, 'COUPLE', { aud: 'someone-else' })],
      ['from another issuer', () => stack.issuer.sign(userId, 'COUPLE', { iss: 'evil' })],
      ['with a role that does not exist', () => stack.issuer.sign(userId, 'ROOT' as 'STAFF')],
    ];
    for (const [name, forge] of forgeries) {
      it(`refuses a token ${name}: 401 at the gateway, UNAUTHENTICATED at a subgraph reached directly`, async () => {
        const authorization = `Bearer ${await forge()}`;
        const viaGateway = await post(stack.gateway.url, { query: '{ myEvents { totalCount } }' }, { authorization });
        assert.equal(viaGateway.status, 401);
        assert.equal(
          ((await viaGateway.json()) as { errors: { extensions: { code: string } }[] }).errors[0]!.extensions.code,
          'UNAUTHENTICATED',
        );
        const direct = await stack.direct('event', { query: '{ myEvents { totalCount } }' }, { authorization });
        assert.equal(
          ((await direct.json()) as { errors: { extensions: { code: string } }[] }).errors[0]!.extensions.code,
          'UNAUTHENTICATED',
        );
      });
    }
  });

  it('lets a subgraph reached without the gateway show a couple only their own events', async () => {
    const [owner, stranger] = [randomUUID(), randomUUID()];
    const created = await stack.query<{ createEvent: { event: { id: string } } }>(
      `mutation { createEvent(input: { kind: WEDDING, title: "Ours", date: "2027-07-07" }) { event { id } } }`,
      {},
      { authorization: `Bearer ${await stack.issuer.sign(owner, 'COUPLE')}` },
    );
    const id = created.body.data!.createEvent.event.id;
    const asStranger = await stack.direct(
      'event',
      { query: 'query E($id: ID!) { event(id: $id) { title } }', variables: { id } },
      { authorization: `Bearer ${await stack.issuer.sign(stranger, 'COUPLE')}` },
    );
    assert.deepEqual(await asStranger.json(), { data: { event: null } });
    const asStaff = await stack.direct(
      'event',
      { query: 'query E($id: ID!) { event(id: $id) { title } }', variables: { id } },
      { authorization: `Bearer ${await stack.issuer.sign(randomUUID(), 'STAFF')}` },
    );
    assert.deepEqual(await asStaff.json(), { data: { event: { title: 'Ours' } } });
  });

  it('refuses a query nested too deep', async () => {
    const deep = `{ places { ${'parent { '.repeat(12)}id${' }'.repeat(12)} } }`;
    const { status, body } = await stack.query(deep, {}, { accept: 'application/graphql-response+json' });
    assert.equal(status, 400);
    assert.equal(body.errors?.[0]?.extensions?.code, 'GRAPHQL_VALIDATION_FAILED');
    assert.match(body.errors![0]!.message, /depth/i);
    // A client of the older application/json reads the same error from a 200, as the GraphQL-over-HTTP spec asks.
    const legacy = await stack.query(deep, {}, { accept: 'application/json' });
    assert.equal(legacy.status, 200);
    assert.equal(legacy.body.errors?.[0]?.extensions?.code, 'GRAPHQL_VALIDATION_FAILED');
    assert.equal(legacy.body.data, undefined);
  });

  it('refuses an alias bomb', async () => {
    const bomb = `{ ${Array.from({ length: 50 }, (_, i) => `a${i}: categories { slug }`).join(' ')} }`;
    const { body } = await stack.query(bomb);
    assert.equal(body.errors?.[0]?.extensions?.code, 'GRAPHQL_VALIDATION_FAILED');
    assert.match(body.errors![0]!.message, /alias/i);
  });

  it('refuses a document of too many tokens before parsing it all: 400 GRAPHQL_PARSE_FAILED', async () => {
    const long = `{ categories { ${'slug '.repeat(3000)}} }`;
    const res = await fetch(stack.gateway.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
      body: JSON.stringify({ query: long }),
    });
    assert.equal(res.status, 400);
    const body = (await res.json()) as { errors: { message: string; extensions: { code: string } }[] };
    assert.equal(body.errors[0]!.extensions.code, 'GRAPHQL_PARSE_FAILED');
    assert.match(body.errors[0]!.message, /Document contains more th\w+ \d+ tokens/);
  });

  it('refuses a huge body with 413 PAYLOAD_TOO_LARGE, before reading it all', async () => {
    const res = await post(stack.gateway.url, { query: '{ categories { slug } }', variables: { padding: 'x'.repeat(2_000_000) } });
    assert.equal(res.status, 413);
    assert.equal(((await res.json()) as { errors: { extensions: { code: string } }[] }).errors[0]!.extensions.code, 'PAYLOAD_TOO_LARGE');
  });

  it('answers 429 with Retry-After once a user spends their budget, counted across two gateway instances', async () => {
    const env = { RATE_LIMIT_USER_PER_MINUTE: '4' };
    const [one, two] = [await anotherGateway(env), await anotherGateway(env)];
    const authorization = `Bearer ${await stack.issuer.sign(randomUUID(), 'COUPLE')}`;
    const statuses: number[] = [];
    for (const gateway of [one, two, one, two, one])
      statuses.push((await post(gateway.url, { query: '{ categories { slug } }' }, { authorization })).status);
    assert.deepEqual(statuses, [200, 200, 200, 200, 429]);
    const refused = await post(two.url, { query: '{ categories { slug } }' }, { authorization });
    assert.equal(refused.status, 429);
    assert.ok(Number(refused.headers.get('retry-after')) >= 1);
    assert.equal(((await refused.json()) as { errors: { extensions: { code: string } }[] }).errors[0]!.extensions.code, 'RATE_LIMITED');
    // Someone else still gets through.
    const other = await post(
      two.url,
      { query: '{ categories { slug } }' },
      { authorization: `Bearer ${await stack.issuer.sign(randomUUID(), 'COUPLE')}` },
    );
    assert.equal(other.status, 200);
  });

  it('serves automatic persisted queries: a miss, then hits by hash alone, on any instance', async () => {
    const query = `{ categories { slug nameFr } }`;
    const sha256Hash = createHash('sha256').update(query).digest('hex');
    const byHash = { extensions: { persistedQuery: { version: 1, sha256Hash } } };
    const miss = (await (await post(stack.gateway.url, byHash)).json()) as { errors: { extensions: { code: string } }[] };
    assert.equal(miss.errors[0]!.extensions.code, 'PERSISTED_QUERY_NOT_FOUND');
    const registered = (await (await post(stack.gateway.url, { query, ...byHash })).json()) as { data: { categories: unknown[] } };
    assert.equal(registered.data.categories.length, 12);
    const hit = (await (await post(stack.gateway.url, byHash)).json()) as { data: { categories: unknown[] } };
    assert.deepEqual(hit, registered);
    const elsewhere = await anotherGateway({});
    assert.deepEqual(await (await post(elsewhere.url, byHash)).json(), registered);
  });

  it('in production, keeps introspection for staff', async () => {
    const production = await anotherGateway({
      NODE_ENV: 'production',
      MEDIA_REFERENCE_SECRET: 'a-production-reference-secret-for-this-test',
    });
    const query = { query: '{ __schema { queryType { name } } }' };
    const anonymous = (await (await post(production.url, query)).json()) as { errors: { extensions: { code: string } }[] };
    assert.equal(anonymous.errors[0]!.extensions.code, 'FORBIDDEN');
    const asCouple = (await (
      await post(production.url, query, { authorization: `Bearer ${await stack.issuer.sign(randomUUID(), 'COUPLE')}` })
    ).json()) as { errors: { extensions: { code: string } }[] };
    assert.equal(asCouple.errors[0]!.extensions.code, 'FORBIDDEN');
    const asStaff = await (
      await post(production.url, query, { authorization: `Bearer ${await stack.issuer.sign(randomUUID(), 'STAFF')}` })
    ).json();
    assert.deepEqual(asStaff, { data: { __schema: { queryType: { name: 'Query' } } } });
  });
});

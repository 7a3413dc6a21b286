import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { startStack, type Stack } from './support/stack.ts';

type Auth = { accessToken: string; refreshToken: string; user: { id: string; email: string | null; role: string } };
const authFields = 'accessToken refreshToken user { id email role displayName }';
const signUp = `mutation SignUp($input: SignUpInput!) { signUp(input: $input) { ${authFields} } }`;
const signIn = `mutation SignIn($input: SignInInput!) { signIn(input: $input) { ${authFields} } }`;
const refresh = `mutation Refresh($input: RefreshSessionInput!) { refreshSession(input: $input) { ${authFields} } }`;
const signOut = `mutation SignOut($input: SignOutInput!) { signOut(input: $input) { signedOut } }`;
const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

describe('accounts: sign-up, sign-in, sessions', () => {
  let stack: Stack;
  let lina: Auth;

  before(async () => {
    // As behind a proxy on loopback, so tests can speak for clients at several addresses.
    stack = await startStack({ TRUST_PROXY: 'loopback' });
    const { body } = await stack.query<{ signUp: Auth }>(signUp, {
      input: { email: ' Lina@Example.DZ ', password: 'correct horse battery', displayName: 'Lina  B.' },
    });
    assert.equal(body.errors, undefined, JSON.stringify(body.errors));
    lina = body.data!.signUp;
  });
  after(() => stack.stop());

  it('signs up a couple by default, and the access token works across the graph', async () => {
    assert.equal(lina.user.role, 'COUPLE');
    assert.equal(lina.user.email, 'lina@example.dz');
    const { body } = await stack.query('{ me { displayName email } myEvents { totalCount } }', {}, bearer(lina.accessToken));
    assert.deepEqual(body.data, { me: { displayName: 'Lina B.', email: 'lina@example.dz' }, myEvents: { totalCount: 0 } });
  });

  it('stores an argon2id hash, never the password', async () => {
    const [row] = await stack.subgraphs.accounts.deps.db.query(`SELECT password_hash FROM users WHERE id = $1`, [lina.user.id]);
    assert.match(row.password_hash, /^\$argon2id\$/);
    assert.doesNotMatch(row.password_hash, /correct horse/);
  });

  it('refuses a second account for the same email, whatever its case', async () => {
    const { body } = await stack.query(signUp, { input: { email: 'LINA@example.dz', password: 'another long one', displayName: 'X' } });
    assert.equal(body.errors?.[0]?.extensions?.code, 'CONFLICT');
    assert.equal(body.errors?.[0]?.extensions?.field, 'email');
  });

  it('names the field of a bad sign-up', async () => {
    const short = await stack.query(signUp, { input: { email: 'k@example.dz', password: 'short', displayName: 'K' } });
    assert.equal(short.body.errors?.[0]?.extensions?.code, 'BAD_USER_INPUT');
    assert.equal(short.body.errors?.[0]?.extensions?.field, 'password');
    const email = await stack.query(signUp, { input: { email: 'not-an-email', password: 'long enough password', displayName: 'K' } });
    assert.equal(email.body.errors?.[0]?.extensions?.field, 'email');
  });

  it('does not let anyone sign themselves up as staff', async () => {
    const { body } = await stack.query(signUp, {
      input: { email: 'boss@example.dz', password: 'long enough password', displayName: 'Boss', role: 'STAFF' },
    });
    assert.equal(body.errors?.[0]?.extensions?.code, 'FORBIDDEN');
  });

  it('lets staff create staff', async () => {
    const staff = await stack.issuer.sign('00000000-0000-4000-8000-00000000aaaa', 'STAFF');
    const { body } = await stack.query<{ signUp: Auth }>(
      signUp,
      { input: { email: 'ops@example.dz', password: 'long enough password', displayName: 'Ops', role: 'STAFF' } },
      bearer(staff),
    );
    assert.equal(body.data?.signUp.user.role, 'STAFF');
  });

  it('signs in with the right password only, saying the same for an unknown email', async () => {
    const ok = await stack.query<{ signIn: Auth }>(signIn, { input: { email: 'lina@example.dz', password: 'correct horse battery' } });
    assert.equal(ok.body.data?.signIn.user.id, lina.user.id);
    const wrong = await stack.query(signIn, { input: { email: 'lina@example.dz', password: 'wrong horse battery' } });
    const unknown = await stack.query(signIn, { input: { email: 'nobody@example.dz', password: 'wrong horse battery' } });
    assert.equal(wrong.body.errors?.[0]?.extensions?.code, 'UNAUTHENTICATED');
    assert.equal(wrong.body.errors?.[0]?.message, unknown.body.errors?.[0]?.message);
  });

  it('slows password guessing: after 10 failures for an email, even the right password waits', async () => {
    await stack.query(signUp, { input: { email: 'target@example.dz', password: 'the real password', displayName: 'T' } });
    for (let i = 0; i < 10; i++) {
      const { body } = await stack.query(signIn, { input: { email: 'target@example.dz', password: `guess number ${i}` } });
      assert.equal(body.errors?.[0]?.extensions?.code, 'UNAUTHENTICATED');
    }
    const { body } = await stack.query(signIn, { input: { email: 'Target@example.dz', password: 'the real password' } });
    assert.equal(body.errors?.[0]?.extensions?.code, 'RATE_LIMITED');
    assert.ok(Number(body.errors?.[0]?.extensions?.retryAfter) > 0);
    // Other accounts are not held back.
    const other = await stack.query(signIn, { input: { email: 'lina@example.dz', password: 'correct horse battery' } });
    assert.equal(other.body.errors, undefined);
  });

  it('refuses parallel guesses beyond the limit, and a flood from elsewhere does not lock the owner out', async () => {
    await stack.query(signUp, { input: { email: 'owner@example.dz', password: 'the owner password', displayName: 'O' } });
    const from = (address: string) => ({ 'x-forwarded-for': address });
    const guesses = await Promise.all(
      Array.from({ length: 40 }, (_, i) =>
        stack.query(signIn, { input: { email: 'owner@example.dz', password: `guess ${i}` } }, from('203.0.113.66')),
      ),
    );
    const codes = guesses.map((g) => g.body.errors?.[0]?.extensions?.code);
    assert.equal(codes.filter((c) => c === 'UNAUTHENTICATED').length, 10, 'only 10 guesses are checked');
    assert.equal(codes.filter((c) => c === 'RATE_LIMITED').length, 30);
    const owner = await stack.query(signIn, { input: { email: 'owner@example.dz', password: 'the owner password' } }, from('198.51.100.7'));
    assert.equal(owner.body.errors, undefined, JSON.stringify(owner.body.errors));
  });

  it('rotates the refresh token on use; reusing a spent one ends the whole session', async () => {
    const session = (
      await stack.query<{ signIn: Auth }>(signIn, { input: { email: 'lina@example.dz', password: 'correct horse battery' } })
    ).body.data!.signIn;
    const first = await stack.query<{ refreshSession: Auth }>(refresh, { input: { refreshToken: session.refreshToken } });
    const rotated = first.body.data!.refreshSession;
    assert.notEqual(rotated.refreshToken, session.refreshToken);

    const replay = await stack.query(refresh, { input: { refreshToken: session.refreshToken } });
    assert.equal(replay.body.errors?.[0]?.extensions?.code, 'UNAUTHENTICATED');
    // The replay revoked the family: the legitimate, unspent token is dead too.
    const afterReplay = await stack.query(refresh, { input: { refreshToken: rotated.refreshToken } });
    assert.equal(afterReplay.body.errors?.[0]?.extensions?.code, 'UNAUTHENTICATED');
  });

  it('after parallel reuse of one refresh token, no token of its session works', async () => {
    for (let round = 0; round < 5; round++) {
      const session = (
        await stack.query<{ signIn: Auth }>(signIn, { input: { email: 'lina@example.dz', password: 'correct horse battery' } })
      ).body.data!.signIn;
      const attempts = await Promise.all(
        Array.from({ length: 12 }, () => stack.query<{ refreshSession: Auth }>(refresh, { input: { refreshToken: session.refreshToken } })),
      );
      const winners = attempts.filter((a) => a.body.data?.refreshSession);
      assert.equal(winners.length, 1, `round ${round}: exactly one refresh wins`);
      const successor = winners[0]!.body.data!.refreshSession.refreshToken;
      const later = await stack.query(refresh, { input: { refreshToken: successor } });
      assert.equal(later.body.errors?.[0]?.extensions?.code, 'UNAUTHENTICATED', `round ${round}: the winner's successor is revoked`);
    }
  });

  it("signs out: the session's refresh token no longer works, other sessions do", async () => {
    const one = (await stack.query<{ signIn: Auth }>(signIn, { input: { email: 'lina@example.dz', password: 'correct horse battery' } }))
      .body.data!.signIn;
    const two = (await stack.query<{ signIn: Auth }>(signIn, { input: { email: 'lina@example.dz', password: 'correct horse battery' } }))
      .body.data!.signIn;
    const out = await stack.query(signOut, { input: { refreshToken: one.refreshToken } });
    assert.deepEqual(out.body.data, { signOut: { signedOut: true } });
    const dead = await stack.query(refresh, { input: { refreshToken: one.refreshToken } });
    assert.equal(dead.body.errors?.[0]?.extensions?.code, 'UNAUTHENTICATED');
    const alive = await stack.query(refresh, { input: { refreshToken: two.refreshToken } });
    assert.equal(alive.body.errors, undefined);
  });

  it("shows a user's email only to themselves and staff", async () => {
    const query = `query U($id: ID!) { user(id: $id) { displayName email } }`;
    const stranger = await stack.issuer.sign('00000000-0000-4000-8000-00000000bbbb', 'COUPLE');
    const staff = await stack.issuer.sign('00000000-0000-4000-8000-00000000aaaa', 'STAFF');
    assert.equal(
      (await stack.query<{ user: { email: string | null } }>(query, { id: lina.user.id }, bearer(stranger))).body.data?.user.email,
      null,
    );
    assert.equal(
      (await stack.query<{ user: { email: string | null } }>(query, { id: lina.user.id }, bearer(staff))).body.data?.user.email,
      'lina@example.dz',
    );
  });

  it('publishes its public key as a JWKS, and only the public half', async () => {
    const jwks = (await fetch(stack.subgraphs.accounts.url.replace('/graphql', '/.well-known/jwks.json')).then((r) => r.json())) as {
      keys: Record<string, string>[];
    };
    assert.equal(jwks.keys.length, 1);
    assert.equal(jwks.keys[0]!.kty, 'OKP');
    assert.equal(jwks.keys[0]!.d, undefined);
  });
});

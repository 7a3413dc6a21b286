// The staff member's session, kept in memory only: a reload signs out, and no token sits in storage for a script to read.

export interface SignedIn {
  accessToken: string;
  refreshToken: string;
  expiresAt: number;
  user: { id: string; displayName: string; email: string; role: string };
}

const authFields = 'accessToken accessTokenExpiresAt refreshToken user { id displayName email role }';

type AuthPayload = { accessToken: string; accessTokenExpiresAt: string; refreshToken: string; user: SignedIn['user'] };

async function callAccounts(query: string, input: Record<string, unknown>): Promise<AuthPayload> {
  const res = await fetch('/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables: { input } }),
  });
  const body = (await res.json()) as { data?: Record<string, AuthPayload> | null; errors?: { message: string }[] };
  const payload = body.data && Object.values(body.data)[0];
  if (!payload) throw new Error(body.errors?.[0]?.message ?? `sign-in failed (HTTP ${res.status})`);
  return payload;
}

const toSession = (p: AuthPayload): SignedIn => ({
  accessToken: p.accessToken,
  refreshToken: p.refreshToken,
  expiresAt: Date.parse(p.accessTokenExpiresAt),
  user: p.user,
});

export const signIn = async (email: string, password: string) =>
  toSession(await callAccounts(`mutation ($input: SignInInput!) { signIn(input: $input) { ${authFields} } }`, { email, password }));

export const refresh = async (session: SignedIn) =>
  toSession(
    await callAccounts(`mutation ($input: RefreshSessionInput!) { refreshSession(input: $input) { ${authFields} } }`, {
      refreshToken: session.refreshToken,
    }),
  );

export async function signOut(session: SignedIn): Promise<void> {
  await fetch('/admin/session', { method: 'DELETE' }).catch(() => {});
  await fetch('/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      query: 'mutation ($input: SignOutInput!) { signOut(input: $input) { __typename } }',
      variables: { input: { refreshToken: session.refreshToken } },
    }),
  }).catch(() => {});
}

/** Hands the access token to the gateway once more, which keeps it in an HttpOnly cookie for the queue board. */
export async function openBoardSession(session: SignedIn): Promise<void> {
  const res = await fetch('/admin/session', { method: 'POST', headers: { authorization: `Bearer ${session.accessToken}` } });
  if (!res.ok) throw new Error(`the gateway refused the staff session (HTTP ${res.status})`);
}

import { forbidden, parseInput, unauthenticated, ZaffaError, ErrorCode, type Viewer } from '@zaffa/shared';
import type { DataSource } from 'typeorm';
import { UserEntity, type UserRow } from '../entities/User.ts';
import type { AccountsSettings } from '../config.ts';
import type { SignUpInput } from '../__generated__/resolvers-types.ts';
import { signUpInput } from '../inputs.ts';
import { signAccessToken } from './accessTokens.ts';
import { hashPassword, passwordMatches } from './passwords.ts';
import { issueRefreshToken, revokeSessionOf, spendRefreshToken } from './refreshTokens.ts';
import type { SignInThrottle } from './signInThrottle.ts';
import type { SigningKey } from './signingKey.ts';

export interface SessionDeps {
  db: DataSource;
  settings: AccountsSettings;
  signingKey: () => Promise<SigningKey>;
  throttle: SignInThrottle;
}

/** Tokens for a user: a new family on sign-in, the same family when a refresh token is rotated. */
async function openSession(deps: SessionDeps, user: UserRow, familyId?: string) {
  const access = await signAccessToken(
    await deps.signingKey(),
    { issuer: deps.settings.JWT_ISSUER, audience: deps.settings.JWT_AUDIENCE, ttlSeconds: deps.settings.ACCESS_TOKEN_TTL_S },
    user,
  );
  const refreshToken = await issueRefreshToken(deps.db, user.id, deps.settings.REFRESH_TOKEN_TTL_S, familyId);
  return {
    accessToken: access.token,
    accessTokenExpiresAt: access.expiresAt.toISOString(),
    refreshToken,
    user: { ...user, isSessionOwner: true },
  };
}

/** Creates an account and signs it in. Staff accounts are made only by staff. */
export async function signUp(deps: SessionDeps, input: SignUpInput, viewer: Viewer | null) {
  if (input.role === 'STAFF' && viewer?.role !== 'STAFF') throw forbidden('Only staff can create staff accounts');
  const { email, displayName, role, locale, password } = parseInput(signUpInput, input);
  const passwordHash = await hashPassword(password);
  // The unique index on lower(email) decides races: the second sign-up for an address inserts nothing.
  const inserted: { id: string }[] = await deps.db.query(
    `INSERT INTO users (email, display_name, role, locale, password_hash) VALUES ($1, $2, $3, $4, $5) ON CONFLICT DO NOTHING RETURNING id`,
    [email, displayName, role, locale, passwordHash],
  );
  if (!inserted[0]) throw new ZaffaError(ErrorCode.CONFLICT, 'An account with this email already exists', { field: 'email' });
  const user = await deps.db.getRepository(UserEntity).findOneByOrFail({ id: inserted[0].id });
  return openSession(deps, user);
}

export async function signIn(deps: SessionDeps, input: { email: string; password: string }) {
  const email = input.email.trim().toLowerCase();
  await deps.throttle.check(email);
  const user = await deps.db.getRepository(UserEntity).createQueryBuilder('u').where('lower(u.email) = :email', { email }).getOne();
  if (!(await passwordMatches(user?.passwordHash ?? null, input.password)) || !user) {
    await deps.throttle.failed(email);
    throw unauthenticated('Wrong email or password');
  }
  await deps.throttle.succeeded(email);
  return openSession(deps, user);
}

export async function refreshSession(deps: SessionDeps, refreshToken: string) {
  const { userId, familyId } = await spendRefreshToken(deps.db, refreshToken);
  const user = await deps.db.getRepository(UserEntity).findOneBy({ id: userId });
  if (!user) throw unauthenticated('Session expired or revoked: sign in again');
  return openSession(deps, user, familyId);
}

export const signOut = (deps: SessionDeps, refreshToken: string) => revokeSessionOf(deps.db, refreshToken);

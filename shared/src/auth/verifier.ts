import { createLocalJWKSet, createRemoteJWKSet, jwtVerify, type JWTVerifyGetKey } from 'jose';
import type { IncomingHttpHeaders } from 'node:http';
import { ErrorCode, ZaffaError } from '../errors.ts';
import type { Role, Viewer } from '../graphql/context.ts';

const roles = new Set<Role>(['COUPLE', 'VENDOR', 'STAFF']);

export interface VerifierOptions {
  issuer: string;
  audience: string;
  /** The signing keys: accounts' JWKS URL, or a key getter (accounts itself, tests). */
  keys: URL | JWTVerifyGetKey;
  /** How long fetched keys are used before they are fetched again (default 10 min). */
  keysMaxAgeMs?: number;
}

/**
 * Accounts' published keys, fetched again once older than `maxAgeMs` (or at once for a key id not seen yet).
 * While that fetch fails, the last keys fetched stay in use: accounts being away must not refuse every token.
 * A key accounts stopped publishing is still refused as soon as a fetch succeeds.
 */
function remoteKeys(url: URL, maxAgeMs: number): JWTVerifyGetKey {
  const remote = createRemoteJWKSet(url, { cooldownDuration: 30_000, cacheMaxAge: maxAgeMs });
  return async (header, token) => {
    try {
      return await remote(header, token);
    } catch (err) {
      const last = remote.jwks();
      if (remote.fresh || !last) throw err;
      return createLocalJWKSet(last)(header, token);
    }
  };
}

/**
 * Checks an access token's signature, expiry, issuer and audience, and only asymmetric algorithms,
 * so `alg: none` and HMAC tokens forged with the public key are refused.
 */
export function createTokenVerifier({ issuer, audience, keys, keysMaxAgeMs = 600_000 }: VerifierOptions) {
  const getKey = keys instanceof URL ? remoteKeys(keys, keysMaxAgeMs) : keys;
  return async (token: string): Promise<Viewer> => {
    try {
      const { payload } = await jwtVerify(token, getKey, {
        issuer,
        audience,
        algorithms: ['EdDSA', 'ES256'],
        requiredClaims: ['sub', 'exp'],
      });
      const role = payload.role as Role;
      if (typeof payload.sub !== 'string' || !roles.has(role)) throw new Error('malformed claims');
      return { id: payload.sub, role };
    } catch {
      throw refused('Invalid or expired access token');
    }
  };
}

/** A bad token refuses the whole request: HTTP 401, whichever service it reached. */
const refused = (message: string) => new ZaffaError(ErrorCode.UNAUTHENTICATED, message, { http: { status: 401 } });

export type TokenVerifier = ReturnType<typeof createTokenVerifier>;

/** The viewer behind `Authorization: Bearer …`, null without the header; a bad token throws UNAUTHENTICATED. */
export async function viewerFromHeaders(headers: IncomingHttpHeaders, verify: TokenVerifier): Promise<Viewer | null> {
  const header = headers.authorization;
  if (!header) return null;
  const match = /^Bearer\s+(\S+)$/i.exec(header);
  if (!match?.[1]) throw refused('Authorization header must be "Bearer <token>"');
  return verify(match[1]);
}

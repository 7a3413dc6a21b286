import { createRemoteJWKSet, jwtVerify, type JWTVerifyGetKey } from 'jose';
import type { IncomingHttpHeaders } from 'node:http';
import { ErrorCode, ZaffaError } from '../errors.ts';
import type { Role, Viewer } from '../graphql/context.ts';

const roles = new Set<Role>(['COUPLE', 'VENDOR', 'STAFF']);

export interface VerifierOptions {
  issuer: string;
  audience: string;
  /** The signing keys: accounts' JWKS URL, or a key getter (accounts itself, tests). */
  keys: URL | JWTVerifyGetKey;
}

/**
 * Checks an access token's signature, expiry, issuer and audience, and only asymmetric algorithms,
 * so `alg: none` and HMAC tokens forged with the public key are refused.
 */
export function createTokenVerifier({ issuer, audience, keys }: VerifierOptions) {
  const getKey = keys instanceof URL ? createRemoteJWKSet(keys, { cooldownDuration: 30_000 }) : keys;
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

import { calculateJwkThumbprint, exportJWK, exportPKCS8, generateKeyPair, SignJWT, type JWTPayload } from 'jose';
import type { Role } from '@zaffa/shared';

/**
 * The key accounts signs with in a test stack (given to it as JWT_PRIVATE_KEY), so a test can also
 * mint a valid token for any user and role without signing up.
 */
export async function createTestIssuer(issuer = 'zaffa-accounts', audience = 'zaffa') {
  const { privateKey, publicKey } = await generateKeyPair('EdDSA', { crv: 'Ed25519', extractable: true });
  const kid = await calculateJwkThumbprint(await exportJWK(publicKey));
  return {
    privateKeyPem: await exportPKCS8(privateKey),
    /** A token as accounts would sign it; `claims` override any standard claim (to forge an expired one, say). */
    sign: (sub: string, role: Role, claims: JWTPayload = {}) => {
      const now = Math.floor(Date.now() / 1000);
      return new SignJWT({ sub, role, iss: issuer, aud: audience, iat: now, exp: now + 300, ...claims }).setProtectedHeader({ alg: 'EdDSA', kid }).sign(privateKey);
    },
  };
}

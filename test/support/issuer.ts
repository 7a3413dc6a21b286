import { calculateJwkThumbprint, exportJWK, exportPKCS8, generateKeyPair, SignJWT, type JWTPayload } from 'jose';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Role } from '@zaffa/shared';

/**
 * The key accounts signs with in a test stack (given to it as JWT_PRIVATE_KEY), so a test can also
 * mint a valid token for any user and role without signing up.
 */
export async function createTestIssuer(issuer = 'zaffa-accounts', audience = 'zaffa') {
  const { privateKey, publicKey } = await generateKeyPair('EdDSA', { crv: 'Ed25519', extractable: true });
  const publicJwk = await exportJWK(publicKey);
  const kid = await calculateJwkThumbprint(publicJwk);
  return {
    privateKeyPem: await exportPKCS8(privateKey),
    /** A token as accounts would sign it; `claims` override any standard claim (to forge an expired one, say). */
    sign: (sub: string, role: Role, claims: JWTPayload = {}, ttlSeconds = 300) => {
      const now = Math.floor(Date.now() / 1000);
      return new SignJWT({ sub, role, iss: issuer, aud: audience, iat: now, exp: now + ttlSeconds, ...claims })
        .setProtectedHeader({ alg: 'EdDSA', kid })
        .sign(privateKey);
    },
    /** Publishes the public key as accounts would, for services started without accounts (benchmarks). */
    async serveJwks() {
      const server = createServer((_req, res) => {
        res.setHeader('content-type', 'application/json');
        res.end(JSON.stringify({ keys: [{ ...publicJwk, kid, alg: 'EdDSA', use: 'sig' }] }));
      });
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
      return {
        url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/.well-known/jwks.json`,
        close: () => new Promise<void>((resolve) => server.close(() => resolve())),
      };
    },
  };
}

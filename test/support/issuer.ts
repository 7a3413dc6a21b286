import { exportJWK, generateKeyPair, SignJWT, type JWTPayload } from 'jose';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Role } from '@zaffa/shared';

/** A token issuer for tests: a key pair, its JWKS on a local port, and a signer. */
export async function startTestIssuer(issuer = 'zaffa-accounts', audience = 'zaffa') {
  const { privateKey, publicKey } = await generateKeyPair('EdDSA', { crv: 'Ed25519' });
  const jwk = { ...(await exportJWK(publicKey)), kid: 'test', alg: 'EdDSA', use: 'sig' };
  const server = createServer((_req, res) => {
    res.setHeader('content-type', 'application/json');
    res.end(JSON.stringify({ keys: [jwk] }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const jwksUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/.well-known/jwks.json`;
  return {
    jwksUrl,
    sign: (sub: string, role: Role, claims: JWTPayload = {}, expiresIn = '5m') =>
      new SignJWT({ role, ...claims }).setProtectedHeader({ alg: 'EdDSA', kid: 'test' }).setSubject(sub).setIssuer(issuer).setAudience(audience).setIssuedAt().setExpirationTime(expiresIn).sign(privateKey),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

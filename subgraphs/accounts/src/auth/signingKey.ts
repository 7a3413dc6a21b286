import { calculateJwkThumbprint, exportJWK, exportPKCS8, generateKeyPair, importPKCS8, type CryptoKey, type JWK } from 'jose';
import { createPublicKey } from 'node:crypto';
import type { DataSource } from 'typeorm';

export interface SigningKey {
  kid: string;
  privateKey: CryptoKey;
  publicJwk: JWK;
}

const ALG = 'EdDSA';

/** A key and its id (the JWK thumbprint of the public half, so every holder of the key computes the same kid). */
export async function signingKeyFromPem(pem: string): Promise<SigningKey> {
  const privateKey = await importPKCS8(pem, ALG, { extractable: true });
  const publicJwk = await exportJWK(createPublicKey(pem));
  const kid = await calculateJwkThumbprint(publicJwk);
  return { kid, privateKey, publicJwk: { ...publicJwk, kid, alg: ALG, use: 'sig' } };
}

/**
 * The key accounts signs with: JWT_PRIVATE_KEY when given (always so in production);
 * otherwise the one kept in the database, made on first use.
 */
export async function loadSigningKey(db: DataSource, configuredPem: string | undefined, production: boolean): Promise<SigningKey> {
  if (configuredPem) return signingKeyFromPem(configuredPem);
  if (production) throw new Error('JWT_PRIVATE_KEY must be set in production');
  const [kept] = await db.query(`SELECT private_key_pem FROM signing_keys ORDER BY created_at LIMIT 1`);
  if (kept) return signingKeyFromPem(kept.private_key_pem);
  const { privateKey } = await generateKeyPair(ALG, { crv: 'Ed25519', extractable: true });
  const made = await signingKeyFromPem(await exportPKCS8(privateKey));
  await db.query(`INSERT INTO signing_keys (kid, private_key_pem) VALUES ($1, $2) ON CONFLICT DO NOTHING`, [
    made.kid,
    await exportPKCS8(privateKey),
  ]);
  // Two replicas may have raced: whichever key landed first is the one everyone uses.
  const [winner] = await db.query(`SELECT private_key_pem FROM signing_keys ORDER BY created_at LIMIT 1`);
  return signingKeyFromPem(winner.private_key_pem);
}

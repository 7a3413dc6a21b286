import { SignJWT } from 'jose';
import type { Role } from '@zaffa/shared';
import type { SigningKey } from './signingKey.ts';

export interface AccessTokenSettings {
  issuer: string;
  audience: string;
  ttlSeconds: number;
}

/** A short-lived signed JWT: who (`sub`), what they may do (`role`), for whom (`aud`), until when (`exp`). */
export async function signAccessToken(key: SigningKey, settings: AccessTokenSettings, user: { id: string; role: Role }) {
  const expiresAt = new Date(Date.now() + settings.ttlSeconds * 1000);
  const token = await new SignJWT({ role: user.role })
    .setProtectedHeader({ alg: 'EdDSA', kid: key.kid, typ: 'JWT' })
    .setSubject(user.id)
    .setIssuer(settings.issuer)
    .setAudience(settings.audience)
    .setIssuedAt()
    .setExpirationTime(expiresAt)
    .sign(key.privateKey);
  return { token, expiresAt };
}

import { createCipheriv, createDecipheriv, createHmac, hkdfSync } from 'node:crypto';

/** What a signed download URL leads to: a stored file, which the URL never names in the clear. */
export interface GrantedFile {
  key: string;
  mimeType: string;
}

/** The query string of a signed download URL: when it stops working (seconds since the epoch) and its seal. */
export interface DownloadGrant {
  expires: number;
  token: string;
}

// Derived from the shared secret, so these URLs and the upload references never share a key.
const grantKey = (secret: string) => Buffer.from(hkdfSync('sha256', secret, '', 'zaffa media download grant', 32));
const bound = (id: string, variant: string, expires: number) => `${id}/${variant}/${expires}`;

/**
 * Seals a download of one media's variant until `expires`: AES-256-GCM authenticates the id, the variant and the
 * expiry (HMAC-derived nonce, so the same grant gives the same URL and caches can reuse it) and hides the stored
 * file's key, which would otherwise be a download link that never expires.
 */
export function sealDownloadGrant(secret: string, id: string, variant: string, file: GrantedFile, expires: number): DownloadGrant {
  const key = grantKey(secret);
  const nonce = createHmac('sha256', key)
    .update(bound(id, variant, expires))
    .digest()
    .subarray(0, 12);
  const cipher = createCipheriv('aes-256-gcm', key, nonce).setAAD(Buffer.from(bound(id, variant, expires)));
  const sealed = Buffer.concat([cipher.update(JSON.stringify([file.key, file.mimeType])), cipher.final()]);
  return { expires, token: Buffer.concat([nonce, sealed, cipher.getAuthTag()]).toString('base64url') };
}

/** The file a grant leads to, or null when it was not sealed with `secret` for this id and variant, or has expired. */
export function openDownloadGrant(secret: string, id: string, variant: string, grant: DownloadGrant, now = Date.now()): GrantedFile | null {
  if (!Number.isSafeInteger(grant.expires) || grant.expires * 1000 <= now || grant.token.length > 1024) return null;
  const raw = Buffer.from(grant.token, 'base64url');
  if (raw.length < 12 + 16 + 1) return null;
  try {
    const decipher = createDecipheriv('aes-256-gcm', grantKey(secret), raw.subarray(0, 12)).setAAD(
      Buffer.from(bound(id, variant, grant.expires)),
    );
    decipher.setAuthTag(raw.subarray(raw.length - 16));
    const plain = Buffer.concat([decipher.update(raw.subarray(12, raw.length - 16)), decipher.final()]).toString();
    const [key, mimeType] = JSON.parse(plain) as [unknown, unknown];
    return typeof key === 'string' && typeof mimeType === 'string' ? { key, mimeType } : null;
  } catch {
    return null;
  }
}

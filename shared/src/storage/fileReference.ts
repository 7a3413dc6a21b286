import { createHmac, timingSafeEqual } from 'node:crypto';

/** What the gateway learnt of an upload it received and checked, as it hands it to the media subgraph. */
export interface FileReference {
  /** Its name under `received/` in the shared store. */
  id: string;
  ownerId: string;
  filename: string;
  /** Sniffed from the first bytes. */
  mimeType: string;
  bytes: number;
  /** Hex SHA-1 of the bytes as the client sent them. */
  sha1: string;
  /** Milliseconds since the epoch after which the reference is refused. */
  expiresAt: number;
}

const mac = (secret: string, payload: string) => createHmac('sha256', secret).update(payload).digest('base64url');

/** `<payload>.<mac>`: a client can read a reference but not make or alter one without the shared secret. */
export function signFileReference(secret: string, reference: FileReference): string {
  const payload = Buffer.from(JSON.stringify(reference)).toString('base64url');
  return `${payload}.${mac(secret, payload)}`;
}

/** The reference, or null when it was not signed with `secret`, is malformed or has expired. */
export function verifyFileReference(secret: string, token: unknown, now = Date.now()): FileReference | null {
  if (typeof token !== 'string' || token.length > 4096) return null;
  const [payload, given, extra] = token.split('.');
  if (!payload || !given || extra !== undefined) return null;
  const expected = Buffer.from(mac(secret, payload));
  const actual = Buffer.from(given);
  if (actual.length !== expected.length || !timingSafeEqual(actual, expected)) return null;
  try {
    const reference = JSON.parse(Buffer.from(payload, 'base64url').toString()) as FileReference;
    return typeof reference.expiresAt === 'number' && reference.expiresAt > now ? reference : null;
  } catch {
    return null;
  }
}

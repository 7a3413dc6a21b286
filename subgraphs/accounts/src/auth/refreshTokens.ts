import { createHash, randomBytes, randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { unauthenticated } from '@zaffa/shared';

const hashOf = (token: string) => createHash('sha256').update(token).digest('hex');

/** Issues a refresh token in `familyId` (a new family for a new sign-in). Only its hash is stored. */
export async function issueRefreshToken(
  db: DataSource,
  userId: string,
  ttlSeconds: number,
  familyId: string = randomUUID(),
): Promise<string> {
  const token = randomBytes(32).toString('base64url');
  await db.query(
    `INSERT INTO refresh_tokens (family_id, user_id, token_hash, expires_at) VALUES ($1, $2, $3, now() + $4 * interval '1 second')`,
    [familyId, userId, hashOf(token), ttlSeconds],
  );
  return token;
}

/**
 * Spends a refresh token and returns its owner and family for the next one. A token spent twice means
 * it was stolen or replayed: the whole family is revoked, the thief's copy and the user's alike.
 */
export async function spendRefreshToken(db: DataSource, token: string): Promise<{ userId: string; familyId: string }> {
  const hash = hashOf(token);
  // One atomic statement, so two concurrent uses cannot both succeed.
  // TypeORM answers an UPDATE … RETURNING with [rows, affected].
  const [spent]: [{ user_id: string; family_id: string }[], number] = await db.query(
    `UPDATE refresh_tokens SET used_at = now()
     WHERE token_hash = $1 AND used_at IS NULL AND revoked_at IS NULL AND expires_at > now()
     RETURNING user_id, family_id`,
    [hash],
  );
  const row = spent[0];
  if (row) return { userId: row.user_id, familyId: row.family_id };
  const [known]: { family_id: string; used_at: Date | null }[] = await db.query(
    `SELECT family_id, used_at FROM refresh_tokens WHERE token_hash = $1`,
    [hash],
  );
  if (known?.used_at) await revokeFamily(db, known.family_id);
  throw unauthenticated('Session expired or revoked: sign in again');
}

export async function revokeFamily(db: DataSource, familyId: string): Promise<void> {
  await db.query(`UPDATE refresh_tokens SET revoked_at = now() WHERE family_id = $1 AND revoked_at IS NULL`, [familyId]);
}

/** Ends the session a refresh token belongs to; unknown tokens end nothing and say nothing. */
export async function revokeSessionOf(db: DataSource, token: string): Promise<void> {
  const [row]: { family_id: string }[] = await db.query(`SELECT family_id FROM refresh_tokens WHERE token_hash = $1`, [hashOf(token)]);
  if (row) await revokeFamily(db, row.family_id);
}

import { createHash, randomBytes, randomUUID } from 'node:crypto';
import type { DataSource, EntityManager } from 'typeorm';
import { unauthenticated } from '@zaffa/shared';

const hashOf = (token: string) => createHash('sha256').update(token).digest('hex');

type Queryable = Pick<EntityManager, 'query'>;

/** Issues a refresh token in `familyId` (a new family for a new sign-in). Only its hash is stored. */
export async function issueRefreshToken(
  db: Queryable,
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

/** Holds the family's lock until the transaction ends: spending, issuing and revoking in it are serialised. */
const lockFamily = (tx: Queryable, familyId: string) => tx.query(`SELECT pg_advisory_xact_lock(hashtextextended($1::text, 0))`, [familyId]);

/**
 * Spends a refresh token and issues its successor in one transaction holding the family's lock.
 * A token spent twice means it was stolen or replayed: the whole family is revoked, the thief's copy
 * and the user's alike, and since the successor is written under the same lock, none survives.
 */
export async function rotateRefreshToken(
  db: DataSource,
  token: string,
  ttlSeconds: number,
): Promise<{ userId: string; refreshToken: string }> {
  const hash = hashOf(token);
  const outcome = await db.transaction(async (tx) => {
    const [known]: { family_id: string }[] = await tx.query(`SELECT family_id FROM refresh_tokens WHERE token_hash = $1`, [hash]);
    if (!known) return null;
    await lockFamily(tx, known.family_id);
    const [row]: { user_id: string; used_at: Date | null; usable: boolean }[] = await tx.query(
      `SELECT user_id, used_at, (used_at IS NULL AND revoked_at IS NULL AND expires_at > now()) AS usable
       FROM refresh_tokens WHERE token_hash = $1`,
      [hash],
    );
    if (!row?.usable) {
      if (row?.used_at) await revokeFamilyIn(tx, known.family_id);
      return null;
    }
    await tx.query(`UPDATE refresh_tokens SET used_at = now() WHERE token_hash = $1`, [hash]);
    const successor = await issueRefreshToken(tx, row.user_id, ttlSeconds, known.family_id);
    return { userId: row.user_id, refreshToken: successor };
  });
  if (!outcome) throw unauthenticated('Session expired or revoked: sign in again');
  return outcome;
}

async function revokeFamilyIn(tx: Queryable, familyId: string): Promise<void> {
  await tx.query(`UPDATE refresh_tokens SET revoked_at = now() WHERE family_id = $1 AND revoked_at IS NULL`, [familyId]);
}

export async function revokeFamily(db: DataSource, familyId: string): Promise<void> {
  await db.transaction(async (tx) => {
    await lockFamily(tx, familyId);
    await revokeFamilyIn(tx, familyId);
  });
}

/** Ends the session a refresh token belongs to; unknown tokens end nothing and say nothing. */
export async function revokeSessionOf(db: DataSource, token: string): Promise<void> {
  const [row]: { family_id: string }[] = await db.query(`SELECT family_id FROM refresh_tokens WHERE token_hash = $1`, [hashOf(token)]);
  if (row) await revokeFamily(db, row.family_id);
}

import { EntitySchema } from 'typeorm';

/**
 * One refresh token, stored as a SHA-256 hash. Tokens descended from one sign-in share a family,
 * so reuse of a spent token can revoke every token of that session at once.
 */
export interface RefreshTokenRow {
  id: string;
  familyId: string;
  userId: string;
  tokenHash: string;
  expiresAt: Date;
  usedAt: Date | null;
  revokedAt: Date | null;
  createdAt: Date;
}

export const RefreshTokenEntity = new EntitySchema<RefreshTokenRow>({
  name: 'RefreshToken',
  tableName: 'refresh_tokens',
  columns: {
    id: { type: 'uuid', primary: true, generated: 'uuid' },
    familyId: { type: 'uuid', name: 'family_id' },
    userId: { type: 'uuid', name: 'user_id' },
    tokenHash: { type: 'text', name: 'token_hash' },
    expiresAt: { type: 'timestamptz', name: 'expires_at' },
    usedAt: { type: 'timestamptz', name: 'used_at', nullable: true },
    revokedAt: { type: 'timestamptz', name: 'revoked_at', nullable: true },
    createdAt: { type: 'timestamptz', name: 'created_at', createDate: true },
  },
});

import { EntitySchema } from 'typeorm';
import type { Role } from '@zaffa/shared';

export interface UserRow {
  id: string;
  email: string;
  displayName: string;
  role: Role;
  locale: string;
  /** argon2id hash; null for accounts that cannot sign in with a password (seeded, invited). */
  passwordHash: string | null;
  createdAt: Date;
}

/** A user as resolvers see it; `isSessionOwner` marks the user a sign-in just returned, who may see their own email. */
export type UserParent = UserRow & { isSessionOwner?: boolean };

export const UserEntity = new EntitySchema<UserRow>({
  name: 'User',
  tableName: 'users',
  columns: {
    id: { type: 'uuid', primary: true, generated: 'uuid' },
    email: { type: 'text' },
    displayName: { type: 'text', name: 'display_name' },
    role: { type: 'text' },
    locale: { type: 'text', default: 'fr' },
    passwordHash: { type: 'text', name: 'password_hash', nullable: true },
    createdAt: { type: 'timestamptz', name: 'created_at', createDate: true },
  },
});

import type { DataSource } from 'typeorm';
import type { Role } from '@zaffa/shared';
import { hashPassword } from './auth/passwords.ts';

export interface SeedUser {
  id: string;
  email: string;
  displayName: string;
  role: Role;
}

/** Writes seeded users (no password: they cannot sign in). Existing ids or emails are left as they are. */
export async function seedUsers(db: DataSource, users: SeedUser[]): Promise<number> {
  let inserted = 0;
  for (let i = 0; i < users.length; i += 5000) {
    const batch = users.slice(i, i + 5000);
    const rows = await db.query(
      `INSERT INTO users (id, email, display_name, role) SELECT * FROM unnest($1::uuid[], $2::text[], $3::text[], $4::text[]) ON CONFLICT DO NOTHING RETURNING id`,
      [batch.map((u) => u.id), batch.map((u) => u.email), batch.map((u) => u.displayName), batch.map((u) => u.role)],
    );
    inserted += rows.length;
  }
  return inserted;
}

/** Someone who can sign in to a demo catalogue: its email, password and role, printed by `npm start` and `npm run seed`. */
export interface DemoAccount {
  email: string;
  password: string;
  role: Role;
}

/**
 * Gives the demo catalogue accounts one can sign in with: a couple, and the first seeded vendor's owner (given a
 * password). Known passwords, so only for demo data; an account already there keeps the password it has.
 */
export async function seedDemoAccounts(db: DataSource, vendorOwner: { id: string; email: string }): Promise<DemoAccount[]> {
  const couple = { email: 'couple@demo.zaffa.dz', password: 'demo-couple-2026', role: 'COUPLE' as const };
  const vendor = { email: vendorOwner.email, password: 'demo-vendor-2026', role: 'VENDOR' as const };
  await db.query(
    `INSERT INTO users (email, display_name, role, password_hash) VALUES ($1, 'Amina & Karim', 'COUPLE', $2) ON CONFLICT DO NOTHING`,
    [couple.email, await hashPassword(couple.password)],
  );
  await db.query(`UPDATE users SET password_hash = $2 WHERE id = $1 AND password_hash IS NULL`, [
    vendorOwner.id,
    await hashPassword(vendor.password),
  ]);
  return [couple, vendor];
}

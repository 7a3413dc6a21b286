import type { DataSource } from 'typeorm';
import type { Role } from '@zaffa/shared';

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

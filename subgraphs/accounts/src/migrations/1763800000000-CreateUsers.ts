import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateUsers1763800000000 implements MigrationInterface {
  name = 'CreateUsers1763800000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE users (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        email text NOT NULL,
        display_name text NOT NULL,
        role text NOT NULL CHECK (role IN ('COUPLE', 'VENDOR', 'STAFF')),
        locale text NOT NULL DEFAULT 'fr',
        password_hash text,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    // Emails are compared case-insensitively: one account per address however it is typed.
    await q.query(`CREATE UNIQUE INDEX users_email_key ON users (lower(email))`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE users`);
  }
}

import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateMedia1763800000000 implements MigrationInterface {
  name = 'CreateMedia1763800000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE media (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        owner_id uuid NOT NULL,
        status text NOT NULL DEFAULT 'PENDING' CHECK (status IN ('PENDING', 'READY', 'FAILED')),
        mime_type text NOT NULL,
        bytes bigint NOT NULL CHECK (bytes >= 0),
        width int,
        height int,
        sha1 text CHECK (sha1 ~ '^[0-9a-f]{40}$'),
        tags text[] NOT NULL DEFAULT '{}',
        alt text,
        failure_reason text,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX media_owner_idx ON media (owner_id)`);
    // Finds pending rows the reconciler must finish, and blobs still shared by someone.
    await q.query(`CREATE INDEX media_pending_idx ON media (created_at) WHERE status = 'PENDING'`);
    await q.query(`CREATE INDEX media_sha1_idx ON media (sha1)`);
    await q.query(`
      CREATE TABLE attachments (
        media_id uuid NOT NULL REFERENCES media(id) ON DELETE CASCADE,
        target_type text NOT NULL CHECK (target_type IN ('VENDOR_GALLERY', 'EVENT', 'AVATAR')),
        target_id uuid NOT NULL,
        position int NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (target_type, target_id, media_id)
      )`);
    await q.query(`CREATE INDEX attachments_media_idx ON attachments (media_id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE attachments, media`);
  }
}

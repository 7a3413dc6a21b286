import type { MigrationInterface, QueryRunner } from 'typeorm';

/** What the workers learn about an upload: its variants, its blurhash, and the fingerprint of the bytes as uploaded. */
export class MediaProcessing1763900000000 implements MigrationInterface {
  name = 'MediaProcessing1763900000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE media
        ADD COLUMN variants jsonb NOT NULL DEFAULT '[]',
        ADD COLUMN blurhash text,
        ADD COLUMN source_sha1 text CHECK (source_sha1 ~ '^[0-9a-f]{40}$'),
        ADD COLUMN processed_at timestamptz`);
    // A second upload of the same bytes reuses the first one's work.
    await q.query(`CREATE INDEX media_source_sha1_idx ON media (source_sha1) WHERE status = 'READY'`);
    // The cleanup job looks for old uploads that nothing is attached to.
    await q.query(`CREATE INDEX media_created_idx ON media (created_at)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX media_created_idx, media_source_sha1_idx`);
    await q.query(`ALTER TABLE media DROP COLUMN variants, DROP COLUMN blurhash, DROP COLUMN source_sha1, DROP COLUMN processed_at`);
  }
}

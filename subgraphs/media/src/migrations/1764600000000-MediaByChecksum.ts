import type { MigrationInterface, QueryRunner } from 'typeorm';

/** `mediaByChecksum`: a user's uploads by the SHA-1 of the bytes they sent, whatever their status. */
export class MediaByChecksum1764600000000 implements MigrationInterface {
  name = 'MediaByChecksum1764600000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE INDEX media_owner_source_sha1_idx ON media (owner_id, source_sha1)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX media_owner_source_sha1_idx`);
  }
}

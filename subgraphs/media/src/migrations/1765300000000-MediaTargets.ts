import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * What media knows of the things its files illustrate, learnt from the other subgraphs' events: who may attach
 * to each (vendor and event owners, a message's sender), who may see what is attached, and whether everyone may.
 */
export class MediaTargets1765300000000 implements MigrationInterface {
  name = 'MediaTargets1765300000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE media_targets (
        target_type text NOT NULL CHECK (target_type IN ('VENDOR_GALLERY', 'EVENT', 'MESSAGE')),
        target_id uuid NOT NULL,
        owner_ids uuid[] NOT NULL,
        viewer_ids uuid[] NOT NULL,
        public boolean NOT NULL DEFAULT false,
        version bigint NOT NULL,
        updated_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (target_type, target_id)
      )`);
    // A user's quota sums their uploads.
    await q.query(`CREATE INDEX media_owner_bytes_idx ON media (owner_id) INCLUDE (bytes, status)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX media_owner_bytes_idx`);
    await q.query(`DROP TABLE media_targets`);
  }
}

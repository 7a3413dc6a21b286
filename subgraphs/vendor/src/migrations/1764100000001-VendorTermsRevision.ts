import type { MigrationInterface, QueryRunner } from 'typeorm';

export class VendorTermsRevision1764100000001 implements MigrationInterface {
  name = 'VendorTermsRevision1764100000001';

  async up(q: QueryRunner): Promise<void> {
    // The revision whose booking terms were last queued for the event subgraph; behind `revision`, a job may be lost.
    await q.query(`ALTER TABLE vendors ADD COLUMN terms_revision int NOT NULL DEFAULT 0`);
    await q.query(`CREATE INDEX vendors_terms_behind_idx ON vendors (id) WHERE terms_revision < revision`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE vendors DROP COLUMN terms_revision`);
  }
}

import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Media can illustrate a message: the sender's own uploads, attached when messaging reports the message. */
export class MessageAttachments1764500000200 implements MigrationInterface {
  name = 'MessageAttachments1764500000200';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE attachments DROP CONSTRAINT attachments_target_type_check`);
    await q.query(
      `ALTER TABLE attachments ADD CONSTRAINT attachments_target_type_check CHECK (target_type IN ('VENDOR_GALLERY', 'EVENT', 'AVATAR', 'MESSAGE'))`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DELETE FROM attachments WHERE target_type = 'MESSAGE'`);
    await q.query(`ALTER TABLE attachments DROP CONSTRAINT attachments_target_type_check`);
    await q.query(
      `ALTER TABLE attachments ADD CONSTRAINT attachments_target_type_check CHECK (target_type IN ('VENDOR_GALLERY', 'EVENT', 'AVATAR'))`,
    );
  }
}

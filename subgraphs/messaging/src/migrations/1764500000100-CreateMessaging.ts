import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateMessaging1764500000100 implements MigrationInterface {
  name = 'CreateMessaging1764500000100';

  async up(q: QueryRunner): Promise<void> {
    // Who answers for each vendor, as the vendor subgraph reports it.
    await q.query(`
      CREATE TABLE vendor_owners (
        vendor_id uuid PRIMARY KEY,
        owner_id uuid NOT NULL,
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX vendor_owners_owner_idx ON vendor_owners (owner_id)`);
    await q.query(`
      CREATE TABLE conversations (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        couple_id uuid NOT NULL,
        vendor_id uuid NOT NULL,
        vendor_owner_id uuid NOT NULL,
        last_message_id uuid,
        last_message_at timestamptz NOT NULL DEFAULT now(),
        created_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (couple_id, vendor_id)
      )`);
    // "My conversations", newest activity first, for each side.
    await q.query(`CREATE INDEX conversations_couple_idx ON conversations (couple_id, last_message_at DESC, id DESC)`);
    await q.query(`CREATE INDEX conversations_vendor_owner_idx ON conversations (vendor_owner_id, last_message_at DESC, id DESC)`);
    await q.query(`CREATE INDEX conversations_vendor_idx ON conversations (vendor_id, created_at)`);
    await q.query(`
      CREATE TABLE booking_conversations (
        booking_id uuid PRIMARY KEY,
        conversation_id uuid NOT NULL REFERENCES conversations(id) ON DELETE CASCADE
      )`);
    await q.query(`
      CREATE TABLE messages (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        seq bigint GENERATED ALWAYS AS IDENTITY UNIQUE,
        conversation_id uuid NOT NULL REFERENCES conversations(id) ON DELETE CASCADE,
        sender_id uuid NOT NULL,
        text text NOT NULL CHECK (length(text) BETWEEN 1 AND 4000),
        attachment_ids uuid[] NOT NULL DEFAULT '{}' CHECK (cardinality(attachment_ids) <= 10),
        client_message_id text CHECK (length(client_message_id) <= 100),
        created_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (conversation_id, sender_id, client_message_id)
      )`);
    await q.query(`CREATE INDEX messages_conversation_seq_idx ON messages (conversation_id, seq)`);
    // Read receipts: how far each participant has read, by message sequence.
    await q.query(`
      CREATE TABLE conversation_reads (
        conversation_id uuid NOT NULL REFERENCES conversations(id) ON DELETE CASCADE,
        user_id uuid NOT NULL,
        last_read_seq bigint NOT NULL DEFAULT 0,
        read_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (conversation_id, user_id)
      )`);
    await q.query(`
      CREATE TABLE notifications (
        id uuid PRIMARY KEY,
        user_id uuid NOT NULL,
        kind text NOT NULL CHECK (kind IN ('BOOKING_CHANGED', 'QUOTE_RECEIVED', 'MESSAGE_RECEIVED', 'REVIEW_RECEIVED', 'CHECKLIST_REMINDER')),
        title text NOT NULL,
        body text NOT NULL DEFAULT '',
        link text,
        read_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX notifications_user_idx ON notifications (user_id, created_at DESC, id DESC)`);
    await q.query(`CREATE INDEX notifications_unread_idx ON notifications (user_id) WHERE read_at IS NULL`);
    await q.query(`
      CREATE TABLE devices (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL,
        token text NOT NULL UNIQUE CHECK (length(token) BETWEEN 1 AND 4096),
        platform text NOT NULL CHECK (platform IN ('IOS', 'ANDROID', 'WEB')),
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX devices_user_idx ON devices (user_id)`);
    // One row per notification and device tried: a redelivered job skips devices already done.
    await q.query(`
      CREATE TABLE push_attempts (
        notification_id uuid NOT NULL,
        device_id uuid NOT NULL,
        outcome text NOT NULL CHECK (outcome IN ('SENT', 'UNREGISTERED', 'REJECTED')),
        detail text,
        attempted_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (notification_id, device_id)
      )`);
    await q.query(`
      CREATE TABLE vendor_response_stats (
        vendor_id uuid PRIMARY KEY,
        median_reply_s int,
        reply_rate real,
        conversation_count int NOT NULL,
        computed_at timestamptz NOT NULL
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(
      `DROP TABLE vendor_response_stats, push_attempts, devices, notifications, conversation_reads, messages, booking_conversations, conversations, vendor_owners`,
    );
  }
}

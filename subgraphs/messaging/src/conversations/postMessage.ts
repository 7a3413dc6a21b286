import { writeEvent } from '@zaffa/shared';
import type { EntityManager } from 'typeorm';
import type { ConversationRow, MessageRow } from '../rows.ts';
import { participantsOf } from './participants.ts';

export interface NewMessage {
  senderId: string;
  text: string;
  attachmentIds: string[];
  clientMessageId: string | null;
}

/**
 * Stores a message in its conversation, inside the caller's transaction, with its events: recipients to notify
 * and (when it carries any) attachments for media to link. The same clientMessageId from the same sender again
 * stores nothing and returns the first message, so a retried send is a no-op.
 */
export async function postMessage(tx: EntityManager, conversation: ConversationRow, message: NewMessage): Promise<MessageRow> {
  const inserted = (await tx.query(
    `INSERT INTO messages (conversation_id, sender_id, text, attachment_ids, client_message_id) VALUES ($1, $2, $3, $4::uuid[], $5)
     ON CONFLICT (conversation_id, sender_id, client_message_id) DO NOTHING RETURNING *`,
    [conversation.id, message.senderId, message.text, message.attachmentIds, message.clientMessageId],
  )) as MessageRow[];
  if (inserted.length === 0) {
    const [existing] = (await tx.query(`SELECT * FROM messages WHERE conversation_id = $1 AND sender_id = $2 AND client_message_id = $3`, [
      conversation.id,
      message.senderId,
      message.clientMessageId,
    ])) as MessageRow[];
    return existing!;
  }
  const row = inserted[0]!;
  // The time is read from the row in SQL: a JS Date keeps milliseconds only, and would sort before the conversation's own start.
  await tx.query(
    `UPDATE conversations c SET last_message_id = m.id, last_message_at = m.created_at
       FROM messages m WHERE m.id = $2 AND c.id = $1 AND c.last_message_at <= m.created_at`,
    [conversation.id, row.id],
  );
  // The sender has read everything up to their own message.
  await tx.query(
    `INSERT INTO conversation_reads (conversation_id, user_id, last_read_seq) VALUES ($1, $2, $3)
     ON CONFLICT (conversation_id, user_id) DO UPDATE SET last_read_seq = greatest(conversation_reads.last_read_seq, EXCLUDED.last_read_seq), read_at = now()`,
    [conversation.id, message.senderId, row.seq],
  );
  await writeEvent(tx, 'messaging', 'messageSent', {
    messageId: row.id,
    conversationId: conversation.id,
    senderId: message.senderId,
    recipientIds: participantsOf(conversation).filter((id) => id !== message.senderId),
  });
  if (row.attachment_ids.length > 0) {
    await writeEvent(tx, 'media', 'attachToMessage', {
      messageId: row.id,
      senderId: message.senderId,
      mediaIds: row.attachment_ids,
      participantIds: participantsOf(conversation),
      conversationId: conversation.id,
    });
  }
  return row;
}

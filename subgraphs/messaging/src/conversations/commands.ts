import { badInput, forbidden, isUuid, notFound, type EventBus, type Viewer } from '@zaffa/shared';
import type { DataSource } from 'typeorm';
import { markConversationReadInput, sendMessageInput, startConversationInput } from '../inputs.ts';
import { parseInput } from '@zaffa/shared';
import type { ConversationRow, MessageRow } from '../rows.ts';
import { openConversation, vendorOwnerOf } from './openConversation.ts';
import { participantsOf, takesPart } from './participants.ts';
import { publishConversationUpdated } from '../subscriptions/topics.ts';
import { postMessage } from './postMessage.ts';

/** The conversation, when the viewer takes part in it; null for anyone else's, exactly as for a missing one. */
export async function findConversationFor(db: Pick<DataSource, 'query'>, viewer: Viewer, id: string) {
  const rows = isUuid(id) ? ((await db.query(`SELECT * FROM conversations WHERE id = $1`, [id])) as ConversationRow[]) : [];
  const conversation = rows[0];
  return conversation && takesPart(conversation, viewer.id) ? conversation : null;
}

export async function conversationFor(db: Pick<DataSource, 'query'>, viewer: Viewer, id: string): Promise<ConversationRow> {
  const conversation = await findConversationFor(db, viewer, id);
  if (!conversation) throw notFound('Conversation');
  return conversation;
}

/** A couple writes to a vendor from its page. */
export async function startConversation(db: DataSource, viewer: Viewer, raw: unknown) {
  const input = parseInput(startConversationInput, raw);
  if (viewer.role !== 'COUPLE') throw forbidden('Only couples start conversations with vendors');
  return db.transaction(async (tx) => {
    const ownerId = await vendorOwnerOf(tx, input.vendorId);
    if (!ownerId) throw notFound('Vendor');
    if (ownerId === viewer.id) throw badInput('vendorId', 'vendorId: you answer for this vendor yourself');
    const conversation = await openConversation(tx, viewer.id, input.vendorId, ownerId);
    const message = await postMessage(tx, conversation, {
      senderId: viewer.id,
      text: input.message,
      attachmentIds: [],
      clientMessageId: input.clientMessageId ?? null,
    });
    // Read again: posting moved its last message, which the payload shows.
    const [posted] = (await tx.query(`SELECT * FROM conversations WHERE id = $1`, [conversation.id])) as (typeof conversation)[];
    return { conversation: posted!, message };
  });
}

export async function sendMessage(db: DataSource, viewer: Viewer, raw: unknown): Promise<MessageRow> {
  const input = parseInput(sendMessageInput, raw);
  return db.transaction(async (tx) => {
    const conversation = await conversationFor(tx, viewer, input.conversationId);
    return postMessage(tx, conversation, {
      senderId: viewer.id,
      text: input.text,
      attachmentIds: input.attachmentIds,
      clientMessageId: input.clientMessageId ?? null,
    });
  });
}

/**
 * Read receipt: moves the viewer's mark forward to `upTo` (default the latest message); never backwards. Both
 * participants' conversation changed (an unread count, a message read by the other side): they hear of it once
 * the mark is stored. No domain event carries a receipt, so it goes straight to the event bus after its commit.
 */
export async function markConversationRead(db: DataSource, events: EventBus, viewer: Viewer, raw: unknown): Promise<ConversationRow> {
  const input = parseInput(markConversationReadInput, raw);
  const conversation = await conversationFor(db, viewer, input.conversationId);
  const [upTo] = (await db.query(
    input.upTo
      ? `SELECT seq FROM messages WHERE conversation_id = $1 AND id = $2`
      : `SELECT coalesce(max(seq), 0) AS seq FROM messages WHERE conversation_id = $1`,
    input.upTo ? [conversation.id, input.upTo] : [conversation.id],
  )) as { seq: string }[];
  if (!upTo) throw badInput('upTo', 'upTo: no such message in this conversation');
  await db.query(
    `INSERT INTO conversation_reads (conversation_id, user_id, last_read_seq) VALUES ($1, $2, $3)
     ON CONFLICT (conversation_id, user_id) DO UPDATE SET last_read_seq = greatest(conversation_reads.last_read_seq, EXCLUDED.last_read_seq), read_at = now()`,
    [conversation.id, viewer.id, upTo.seq],
  );
  // The receipt is stored either way; a missed announcement costs a subscriber a refresh, not a wrong answer.
  await publishConversationUpdated(events, conversation.id, participantsOf(conversation)).catch(() => {});
  return conversation;
}

import type { DataSource } from 'typeorm';
import { notify } from '../notifications/notify.ts';
import type { MessageRow } from '../rows.ts';

const preview = (text: string) => (text.length > 140 ? `${text.slice(0, 139)}…` : text);

/** Tells a message's recipients of it, except those reading the conversation (who read it within `readingS`). */
export function notifyMessage(db: DataSource, readingS: number) {
  return async (event: { messageId: string; conversationId: string; recipientIds: string[] }, job: { id?: string }) => {
    const [message] = (await db.query(`SELECT * FROM messages WHERE id = $1`, [event.messageId])) as MessageRow[];
    if (!message) return { notified: 0 };
    const reading = (await db.query(
      `SELECT user_id FROM conversation_reads WHERE conversation_id = $1 AND user_id = ANY($2::uuid[])
          AND read_at > now() - make_interval(secs => $3)`,
      [event.conversationId, event.recipientIds, readingS],
    )) as { user_id: string }[];
    const skip = new Set(reading.map((r) => r.user_id));
    const made = await notify(
      db,
      job.id ?? `message-${event.messageId}`,
      event.recipientIds
        .filter((id) => !skip.has(id))
        .map((userId) => ({
          userId,
          kind: 'MESSAGE_RECEIVED' as const,
          title: 'New message',
          body: preview(message.text),
          link: `/conversations/${event.conversationId}`,
        })),
    );
    return { notified: made.length };
  };
}

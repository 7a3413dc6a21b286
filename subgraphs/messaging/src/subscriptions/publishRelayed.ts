import type { EventBus, MessageAddedEvent, RelayedEvent } from '@zaffa/shared';
import type { DataSource } from 'typeorm';
import { conversationMessagesTopic, publishConversationUpdated, userNotificationsTopic, type NotificationAddedEvent } from './topics.ts';

/**
 * The outbox relay's hook (in the subgraph and in the workers, whichever relays the event): domain events, queued
 * after their commit, are announced to subscribers. A stored message goes to its conversation (one with
 * attachments is announced by media once it linked them) and updates both participants' conversations; a
 * notification's push delivery announces the notification to its user.
 */
export function publishRelayed(db: Pick<DataSource, 'query'>, events: EventBus) {
  return async (relayed: RelayedEvent[]): Promise<void> => {
    const sent = relayed.filter((e) => e.queue === 'messaging' && e.job === 'messageSent');
    const pushes = relayed.filter((e) => e.queue === 'messaging' && e.job === 'deliverPush');
    const publishing: Promise<unknown>[] = [];
    if (sent.length > 0) {
      const ids = sent.map((e) => e.payload.messageId as string);
      const withAttachments = new Set(
        (
          (await db.query(`SELECT id FROM messages WHERE id = ANY($1::uuid[]) AND cardinality(attachment_ids) > 0`, [ids])) as {
            id: string;
          }[]
        ).map((r) => r.id),
      );
      for (const { payload } of sent) {
        const { messageId, conversationId, senderId, recipientIds } = payload as {
          messageId: string;
          conversationId: string;
          senderId: string;
          recipientIds: string[];
        };
        if (!withAttachments.has(messageId))
          publishing.push(events.publish(conversationMessagesTopic(conversationId), { messageId } satisfies MessageAddedEvent));
        publishing.push(publishConversationUpdated(events, conversationId, [senderId, ...recipientIds]));
      }
    }
    if (pushes.length > 0) {
      const rows = (await db.query(`SELECT id, user_id FROM notifications WHERE id = ANY($1::uuid[])`, [
        pushes.map((e) => e.payload.notificationId as string),
      ])) as { id: string; user_id: string }[];
      for (const row of rows)
        publishing.push(events.publish(userNotificationsTopic(row.user_id), { notificationId: row.id } satisfies NotificationAddedEvent));
    }
    await Promise.all(publishing);
  };
}

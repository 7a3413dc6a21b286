import { stableId, writeEvent } from '@zaffa/shared';
import type { DataSource } from 'typeorm';
import type { NotificationRow } from '../rows.ts';

export interface NewNotification {
  userId: string;
  kind: NotificationRow['kind'];
  title: string;
  body: string;
  link: string | null;
}

/**
 * Stores the notifications a domain event causes, and a push delivery for each, in one transaction. Each id
 * comes from the event's id and the recipient, so the same event delivered again notifies no one twice.
 * Returns the ids of the notifications made now.
 */
export async function notify(db: DataSource, eventId: string, notifications: NewNotification[]): Promise<string[]> {
  if (notifications.length === 0) return [];
  return db.transaction(async (tx) => {
    const made: string[] = [];
    for (const n of notifications) {
      const id = stableId('notification', `${eventId}/${n.userId}/${n.kind}`);
      const rows = (await tx.query(
        `INSERT INTO notifications (id, user_id, kind, title, body, link) VALUES ($1, $2, $3, $4, $5, $6)
         ON CONFLICT (id) DO NOTHING RETURNING id`,
        [id, n.userId, n.kind, n.title.slice(0, 200), n.body.slice(0, 500), n.link],
      )) as { id: string }[];
      if (rows.length === 0) continue;
      made.push(id);
      await writeEvent(tx, 'messaging', 'deliverPush', { notificationId: id }, { id: stableId('push', id) });
    }
    return made;
  });
}

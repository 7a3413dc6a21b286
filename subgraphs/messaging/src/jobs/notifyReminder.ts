import type { JobPayload } from '@zaffa/shared';
import type { DataSource } from 'typeorm';
import { notify } from '../notifications/notify.ts';

/** A checklist task is due: each of the event's owners is told. */
export function notifyReminder(db: DataSource) {
  return async (event: JobPayload<'messaging', 'reminderDue'>, job: { id?: string }) => {
    const made = await notify(
      db,
      job.id ?? `reminder-${event.taskId}-${event.dueAt}`,
      event.userIds.map((userId) => ({
        userId,
        kind: 'CHECKLIST_REMINDER' as const,
        title: `Reminder: ${event.title}`,
        body: `Due ${event.dueAt.slice(0, 10)}`,
        link: `/events/${event.eventId}/tasks/${event.taskId}`,
      })),
    );
    return { notified: made.length };
  };
}

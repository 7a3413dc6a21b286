import { emit } from '../outbox.ts';
import type { EntityManager } from 'typeorm';
import type { Logger } from '@zaffa/shared';
import type { ReminderSettings } from '../config.ts';
import type { ChecklistDeps } from './deps.ts';
import { onMachineClock, reminderNow } from './clock.ts';

/** Couples plan in Algeria: reminders go out at 09:00 there, computed by Postgres's time zone rules. */
export const REMINDER_TIME_ZONE = 'Africa/Algiers';
export const REMINDER_LOCAL_TIME = '09:00';

/** SQL for the instant of 09:00 Africa/Algiers, `days` days before the date `dueOn`. */
const reminderInstant = (dueOn: string, days: string) =>
  `((${dueOn} - ${days})::timestamp + time '${REMINDER_LOCAL_TIME}') AT TIME ZONE '${REMINDER_TIME_ZONE}'`;

/** A reminder's job id (BullMQ ids have no `:`); the task's version in it makes a re-dated task's old jobs stale. */
export const reminderJobId = (taskId: string, version: number, daysBefore: number) => `${taskId}-reminder-${version}-${daysBefore}`;

/**
 * Sets the reminders of these tasks to match their due dates, in the caller's transaction: unsent reminders of an
 * older due date are dropped (their jobs do nothing when they fire) and each open task with a due date gets one
 * on the day and one `REMINDER_DAYS_BEFORE` before, both at 09:00 Africa/Algiers, written to the outbox as delayed
 * jobs. Moments already past are skipped. Returns the dropped jobs' ids, to remove from Redis after commit.
 */
export async function rescheduleReminders(m: EntityManager, settings: ReminderSettings, taskIds: string[]): Promise<string[]> {
  if (taskIds.length === 0) return [];
  // TypeORM answers a DELETE with [rows, count].
  const [dropped]: [{ job_id: string }[], number] = await m.query(
    `DELETE FROM task_reminders WHERE task_id = ANY($1::uuid[]) AND sent_at IS NULL RETURNING job_id`,
    [taskIds],
  );
  const days = [...new Set([settings.REMINDER_DAYS_BEFORE, 0])];
  // A reminder already sent under the same id stays sent (ON CONFLICT): nothing goes out twice.
  const set: { job_id: string; task_id: string; version: number; days_before: number; fire_at: Date }[] = await m.query(
    `INSERT INTO task_reminders (job_id, task_id, version, days_before, fire_at)
     SELECT t.id || '-reminder-' || t.version || '-' || d.days, t.id, t.version, d.days, ${reminderInstant('t.due_on', 'd.days')}
     FROM tasks t CROSS JOIN unnest($2::int[]) AS d(days)
     WHERE t.id = ANY($1::uuid[]) AND t.done_at IS NULL AND t.due_on IS NOT NULL
       AND ${reminderInstant('t.due_on', 'd.days')} > $3::timestamptz
     ON CONFLICT (job_id) DO NOTHING
     RETURNING job_id, task_id, version, days_before, fire_at`,
    [taskIds, days, reminderNow(settings)],
  );
  for (const r of set) {
    await emit(
      m,
      'event',
      'taskReminder',
      { taskId: r.task_id, version: r.version, daysBefore: r.days_before },
      { jobId: r.job_id, notBefore: onMachineClock(settings, r.fire_at) },
    );
  }
  const kept = new Set(set.map((r) => r.job_id));
  return dropped.map((r) => r.job_id).filter((id) => !kept.has(id));
}

/** After a commit: remove the jobs of reminders it dropped (only to keep Redis tidy; the relay sends the new ones). */
export async function afterChecklistChange(deps: ChecklistDeps, droppedJobIds: string[]): Promise<void> {
  for (const jobId of droppedJobIds) {
    await deps.jobs
      .queue('event')
      .remove(jobId)
      .catch((err: unknown) => deps.log.warn({ err, jobId }, 'could not remove a dropped reminder job'));
  }
}

export type ReminderOutcome = 'sent' | 'stale' | 'already-sent' | 'early';

interface DueReminder {
  sent_at: Date | null;
  fire_at: Date;
  version: number;
  task_id: string;
  task_version: number;
  done_at: Date | null;
  title: string;
  event_id: string;
  owner_id: string;
  partner_id: string | null;
  due_at: Date;
}

/**
 * Sends one reminder, once: only while it is the task's current one (not re-dated, done or removed), not yet sent,
 * and its time has come. Sending marks it sent and writes messaging's `reminderDue` through the outbox in the same
 * transaction, under the reminder's own id, so a retried job, a late job and the reconciler cannot send it twice.
 */
export async function sendReminder(deps: ChecklistDeps, jobId: string): Promise<ReminderOutcome> {
  const outcome = await deps.db.transaction(async (m): Promise<ReminderOutcome> => {
    const [r]: DueReminder[] = await m.query(
      `SELECT r.sent_at, r.fire_at, r.version, r.task_id, t.version AS task_version, t.done_at, t.title, t.event_id,
              e.owner_id, e.partner_id, ${reminderInstant('t.due_on', '0')} AS due_at
       FROM task_reminders r JOIN tasks t ON t.id = r.task_id JOIN events e ON e.id = t.event_id
       WHERE r.job_id = $1 FOR UPDATE OF r`,
      [jobId],
    );
    if (!r || r.done_at || r.version !== r.task_version) return 'stale';
    if (r.sent_at) return 'already-sent';
    if (r.fire_at.getTime() > reminderNow(deps.settings).getTime()) return 'early';
    await m.query(`UPDATE task_reminders SET sent_at = now() WHERE job_id = $1`, [jobId]);
    await emit(
      m,
      'messaging',
      'reminderDue',
      {
        taskId: r.task_id,
        eventId: r.event_id,
        userIds: [r.owner_id, ...(r.partner_id ? [r.partner_id] : [])],
        title: r.title,
        dueAt: r.due_at.toISOString(),
      },
      { jobId },
    );
    return 'sent';
  });
  return outcome;
}

/**
 * Sends the reminders whose job was lost (Redis restarted without its data): unsent, later than the grace period,
 * of an open task whose due day has not passed (a reminder after the day is no use). Each goes through
 * `sendReminder`, so a job arriving late afterwards does nothing.
 */
export async function reconcileReminders(deps: ChecklistDeps, graceMs: number, log: Logger, limit = 500): Promise<{ sent: number }> {
  const now = reminderNow(deps.settings);
  const overdue: { job_id: string }[] = await deps.db.query(
    `SELECT r.job_id FROM task_reminders r JOIN tasks t ON t.id = r.task_id
     WHERE r.sent_at IS NULL AND t.done_at IS NULL AND r.version = t.version
       AND r.fire_at < $1::timestamptz - make_interval(secs => $2::float8 / 1000)
       AND t.due_on >= ($1::timestamptz AT TIME ZONE '${REMINDER_TIME_ZONE}')::date
     ORDER BY r.fire_at LIMIT $3`,
    [now, graceMs, limit],
  );
  let sent = 0;
  for (const { job_id } of overdue) if ((await sendReminder(deps, job_id)) === 'sent') sent++;
  if (sent > 0) log.warn({ sent }, 'checklist reminders were overdue (lost jobs); sent them');
  return { sent };
}

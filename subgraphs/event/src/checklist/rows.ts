/** A checklist task as the resolvers see it. */
export interface TaskRow {
  id: string;
  eventId: string;
  title: string;
  titleAr: string | null;
  note: string | null;
  /** YYYY-MM-DD. */
  dueOn: string | null;
  /** Set while the due date follows the event's date (a template task not re-dated by hand). */
  daysBeforeEvent: number | null;
  assigneeId: string | null;
  doneAt: Date | null;
  createdAt: Date;
}

/** The columns of `tasks` as a TaskRow, for `SELECT ${taskColumns} FROM tasks t`. */
export const taskColumns = `t.id, t.event_id AS "eventId", t.title, t.title_ar AS "titleAr", t.note, t.due_on::text AS "dueOn",
  t.days_before_event AS "daysBeforeEvent", t.assignee_id AS "assigneeId", t.done_at AS "doneAt", t.created_at AS "createdAt"`;

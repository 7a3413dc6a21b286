import { decodeCursor, encodeCursor, isUuid, notFound, pageSize, parseInput, badInput, type PageArgs, type Viewer } from '@zaffa/shared';
import { z } from 'zod';
import type { EntityManager } from 'typeorm';
import type { ReminderSettings } from '../config.ts';
import { ownsEvent, type EventKind, type EventRow } from '../entities/Event.ts';
import type { ChecklistDeps } from './deps.ts';
import { addTaskInput, taskFilter, taskIdInput, updateTaskInput } from './inputs.ts';
import { afterChecklistChange, rescheduleReminders } from './reminders.ts';
import { taskColumns, type TaskRow } from './rows.ts';
import { templateFor } from './templates.ts';

/**
 * A new event's checklist from its kind's template, in the transaction that creates the event: each task due its
 * template's days before the event's date, and its reminders. Returns reminder jobs dropped (none for a new event).
 */
export async function seedChecklist(m: EntityManager, settings: ReminderSettings, event: { id: string; kind: EventKind; date: string }) {
  const template = templateFor(event.kind).map((t, position) => ({ ...t, position }));
  if (template.length === 0) return [];
  const rows: { id: string }[] = await m.query(
    `INSERT INTO tasks (event_id, template_key, title, title_ar, days_before_event, due_on, position)
     SELECT $1, t.key, t.fr, t.ar, t."daysBefore", $2::date - t."daysBefore", t.position
     FROM jsonb_to_recordset($3::jsonb) AS t(key text, fr text, ar text, "daysBefore" int, position int)
     RETURNING id`,
    [event.id, event.date, JSON.stringify(template)],
  );
  return rescheduleReminders(
    m,
    settings,
    rows.map((r) => r.id),
  );
}

/**
 * The event's date moved: every task whose due date follows it moves by as much (done ones too, so the list
 * still reads right), and the open ones' reminders with it. Due dates the couple set by hand stay.
 */
export async function followEventDate(m: EntityManager, settings: ReminderSettings, eventId: string, date: string) {
  const [moved]: [{ id: string }[], number] = await m.query(
    `UPDATE tasks SET due_on = $2::date - days_before_event, version = version + 1, updated_at = now()
     WHERE event_id = $1 AND days_before_event IS NOT NULL AND due_on IS DISTINCT FROM $2::date - days_before_event
     RETURNING id`,
    [eventId, date],
  );
  return rescheduleReminders(
    m,
    settings,
    moved.map((r) => r.id),
  );
}

/** The event's tasks for one of its owners: earliest due first (undated last), then the template's order. */
export async function listTasks(deps: ChecklistDeps, eventId: string, rawFilter: unknown, args: PageArgs) {
  const { filter } = parseInput(z.object({ filter: taskFilter }), { filter: rawFilter });
  const first = pageSize(args.first);
  const where = ['t.event_id = $1'];
  const params: unknown[] = [eventId];
  if (filter?.done != null) where.push(filter.done ? 't.done_at IS NOT NULL' : 't.done_at IS NULL');
  if (filter?.dueBefore) where.push(`t.due_on < $${params.push(filter.dueBefore)}::date`);
  const [{ n: totalCount }]: [{ n: number }] = await deps.db.query(
    `SELECT count(*)::int AS n FROM tasks t WHERE ${where.join(' AND ')}`,
    params,
  );
  const sortKey = `(coalesce(t.due_on, 'infinity'::date), t.position, t.id)`;
  const pageWhere = [...where];
  if (args.after) {
    // Undated tasks sort last under 'infinity', which the cursor's date check would refuse: checked here instead.
    const [due, position, id] = decodeCursor(args.after, ['string', 'integer', 'uuid']);
    if (due !== 'infinity' && !(typeof due === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(due) && !Number.isNaN(Date.parse(due))))
      throw badInput('after', 'after is not a cursor from this connection');
    pageWhere.push(`${sortKey} > ($${params.push(due)}::date, $${params.push(position)}::int, $${params.push(id)}::uuid)`);
  }
  const rows: (TaskRow & { sortDue: string; position: number })[] = await deps.db.query(
    `SELECT ${taskColumns}, coalesce(t.due_on, 'infinity'::date)::text AS "sortDue", t.position
     FROM tasks t WHERE ${pageWhere.join(' AND ')} ORDER BY ${sortKey} LIMIT $${params.push(first + 1)}`,
    params,
  );
  const edges = rows
    .slice(0, first)
    .map(({ sortDue, position, ...node }) => ({ node, cursor: encodeCursor([sortDue, position, node.id]) }));
  return { totalCount, edges, pageInfo: { hasNextPage: rows.length > first, endCursor: edges.at(-1)?.cursor ?? null } };
}

/** An event the viewer owns or co-owns; anyone else's (staff included) is not found: a checklist is the couple's. */
async function eventOfOwner(m: EntityManager, viewer: Viewer, eventId: string): Promise<EventRow> {
  const [event]: EventRow[] = isUuid(eventId)
    ? await m.query(`SELECT id, owner_id AS "ownerId", partner_id AS "partnerId" FROM events WHERE id = $1 FOR SHARE`, [eventId])
    : [];
  if (!event || !ownsEvent(event, viewer.id)) throw notFound('Event');
  return event;
}

/** A task of an event the viewer owns, locked for the change; anyone else's is not found. */
async function taskOfOwner(m: EntityManager, viewer: Viewer, taskId: string) {
  const [task]: (TaskRow & { ownerId: string; partnerId: string | null })[] = isUuid(taskId)
    ? await m.query(
        `SELECT ${taskColumns}, e.owner_id AS "ownerId", e.partner_id AS "partnerId"
         FROM tasks t JOIN events e ON e.id = t.event_id WHERE t.id = $1 FOR UPDATE OF t`,
        [taskId],
      )
    : [];
  if (!task || !ownsEvent(task, viewer.id)) throw notFound('Task');
  return task;
}

function checkAssignee(event: Pick<EventRow, 'ownerId' | 'partnerId'>, assigneeId: string | null | undefined) {
  if (assigneeId && !ownsEvent(event, assigneeId)) throw badInput('assigneeId', "assigneeId must be one of the event's owners");
}

const readTask = async (m: EntityManager, id: string): Promise<TaskRow> =>
  ((await m.query(`SELECT ${taskColumns} FROM tasks t WHERE t.id = $1`, [id])) as TaskRow[])[0]!;

/** A task the couple writes themselves: its due date, if any, is theirs and stays when the event's date moves. */
export async function addTask(deps: ChecklistDeps, viewer: Viewer, raw: unknown): Promise<TaskRow> {
  const input = parseInput(addTaskInput, raw);
  const { task, dropped } = await deps.db.transaction(async (m) => {
    const event = await eventOfOwner(m, viewer, input.eventId);
    checkAssignee(event, input.assigneeId);
    const [{ id }]: [{ id: string }] = await m.query(
      `INSERT INTO tasks (event_id, title, note, due_on, assignee_id, position)
       SELECT $1, $2, $3, $4, $5, coalesce(max(position) + 1, 0) FROM tasks WHERE event_id = $1
       RETURNING id`,
      [event.id, input.title, input.note || null, input.dueOn ?? null, input.assigneeId ?? null],
    );
    const dropped = await rescheduleReminders(m, deps.settings, [id]);
    return { task: await readTask(m, id), dropped };
  });
  await afterChecklistChange(deps, dropped);
  return task;
}

/**
 * Changes the fields given. A due date set here is the couple's own (it stops following the event's date) and
 * moves the reminders; renaming drops the template's Arabic title, which would no longer match.
 */
export async function updateTask(deps: ChecklistDeps, viewer: Viewer, raw: unknown): Promise<TaskRow> {
  const input = parseInput(updateTaskInput, raw);
  const { task, dropped } = await deps.db.transaction(async (m) => {
    const task = await taskOfOwner(m, viewer, input.taskId);
    checkAssignee(task, input.assigneeId);
    const sets: string[] = [];
    const params: unknown[] = [task.id];
    if (input.title) sets.push(`title = $${params.push(input.title)}`, `title_ar = CASE WHEN title = $${params.length} THEN title_ar END`);
    if (input.note !== undefined) sets.push(`note = $${params.push(input.note || null)}`);
    if (input.assigneeId !== undefined) sets.push(`assignee_id = $${params.push(input.assigneeId)}`);
    const redated = input.dueOn !== undefined && (input.dueOn ?? null) !== task.dueOn;
    if (input.dueOn !== undefined) sets.push(`due_on = $${params.push(input.dueOn)}::date`, 'days_before_event = NULL');
    if (redated) sets.push('version = version + 1');
    if (sets.length > 0) await m.query(`UPDATE tasks SET ${sets.join(', ')}, updated_at = now() WHERE id = $1`, params);
    const dropped = redated ? await rescheduleReminders(m, deps.settings, [task.id]) : [];
    return { task: await readTask(m, task.id), dropped };
  });
  await afterChecklistChange(deps, dropped);
  return task;
}

/** Marks a task done (again: no change) and drops its reminders still to come. */
export async function completeTask(deps: ChecklistDeps, viewer: Viewer, raw: unknown): Promise<TaskRow> {
  const { taskId } = parseInput(taskIdInput, raw);
  const { task, dropped } = await deps.db.transaction(async (m) => {
    const task = await taskOfOwner(m, viewer, taskId);
    if (task.doneAt) return { task, dropped: [] };
    await m.query(`UPDATE tasks SET done_at = now(), updated_at = now() WHERE id = $1`, [task.id]);
    const dropped = await rescheduleReminders(m, deps.settings, [task.id]);
    return { task: await readTask(m, task.id), dropped };
  });
  await afterChecklistChange(deps, dropped);
  return task;
}

/** Removes a task and its reminders still to come. */
export async function removeTask(deps: ChecklistDeps, viewer: Viewer, raw: unknown): Promise<string> {
  const { taskId } = parseInput(taskIdInput, raw);
  const dropped = await deps.db.transaction(async (m) => {
    const task = await taskOfOwner(m, viewer, taskId);
    const [rows]: [{ job_id: string }[], number] = await m.query(
      `DELETE FROM task_reminders WHERE task_id = $1 AND sent_at IS NULL RETURNING job_id`,
      [task.id],
    );
    await m.query(`DELETE FROM tasks WHERE id = $1`, [task.id]);
    return rows.map((r) => r.job_id);
  });
  await afterChecklistChange(deps, dropped);
  return taskId;
}

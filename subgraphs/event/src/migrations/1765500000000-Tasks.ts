import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Tasks1765500000000 implements MigrationInterface {
  name = 'Tasks1765500000000';

  async up(q: QueryRunner): Promise<void> {
    // A task from the event kind's template keeps its offset, so moving the event's date moves it; a due date the
    // couple set by hand clears the offset. `version` changes with the due date, and names the reminders' jobs.
    await q.query(`
      CREATE TABLE tasks (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        event_id uuid NOT NULL REFERENCES events (id) ON DELETE CASCADE,
        template_key text,
        title text NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
        title_ar text CHECK (length(title_ar) BETWEEN 1 AND 200),
        note text CHECK (length(note) <= 2000),
        due_on date,
        days_before_event int CHECK (days_before_event BETWEEN -366 AND 1000),
        assignee_id uuid,
        position int NOT NULL,
        version int NOT NULL DEFAULT 1,
        done_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (event_id, template_key)
      )`);
    await q.query(`CREATE INDEX tasks_event_due_idx ON tasks (event_id, due_on, position, id)`);

    // One row per reminder a task's due date calls for; its job carries the same id. `sent_at` makes a second
    // delivery (a retried or recovered job) a no-op.
    await q.query(`
      CREATE TABLE task_reminders (
        job_id text PRIMARY KEY,
        task_id uuid NOT NULL REFERENCES tasks (id) ON DELETE CASCADE,
        version int NOT NULL,
        days_before int NOT NULL CHECK (days_before >= 0),
        fire_at timestamptz NOT NULL,
        sent_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX task_reminders_task_idx ON task_reminders (task_id)`);
    await q.query(`CREATE INDEX task_reminders_unsent_idx ON task_reminders (fire_at) WHERE sent_at IS NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE task_reminders`);
    await q.query(`DROP TABLE tasks`);
  }
}

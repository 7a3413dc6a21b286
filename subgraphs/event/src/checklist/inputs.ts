import { z } from 'zod';

const title = z.string().trim().min(1, 'title must be 1 to 200 characters').max(200, 'title must be 1 to 200 characters');
const note = z.string().trim().max(2000, 'note must be at most 2000 characters');
const dueOn = z.iso.date('dueOn must be a real calendar date, YYYY-MM-DD');
const assigneeId = z.string();

export const addTaskInput = z.object({
  eventId: z.string(),
  title,
  note: note.nullish(),
  dueOn: dueOn.nullish(),
  assigneeId: assigneeId.nullish(),
});

/** A field left out stays as it is; sent as null it is cleared (title cannot be). */
export const updateTaskInput = z.object({
  taskId: z.string(),
  title: title.nullish(),
  note: note.nullish(),
  dueOn: dueOn.nullish(),
  assigneeId: assigneeId.nullish(),
});

export const taskIdInput = z.object({ taskId: z.string() });

export const taskFilter = z
  .object({ done: z.boolean().nullish(), dueBefore: z.iso.date('dueBefore must be a real calendar date, YYYY-MM-DD').nullish() })
  .nullish();

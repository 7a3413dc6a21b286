import { readFileSync } from 'node:fs';
import { z } from 'zod';
import type { EventKind } from '../entities/Event.ts';

const templateTask = z.object({
  key: z.string().regex(/^[a-z0-9-]+$/),
  daysBefore: z.number().int().min(0).max(1000),
  fr: z.string().min(1).max(200),
  ar: z.string().min(1).max(200),
});
const templates = z.object({
  WEDDING: z.array(templateTask),
  ENGAGEMENT: z.array(templateTask),
  HENNA: z.array(templateTask),
  OTHER: z.array(templateTask),
});

export type TemplateTask = z.output<typeof templateTask>;

/** Each kind's checklist, read and checked once when the module loads: a broken file stops the service at start. */
const byKind = templates.parse(JSON.parse(readFileSync(new URL('./templates.json', import.meta.url), 'utf8')));

/** The tasks a new event of this kind starts with, in the file's order. */
export const templateFor = (kind: EventKind): readonly TemplateTask[] => byKind[kind];

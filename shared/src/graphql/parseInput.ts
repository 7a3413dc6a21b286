import { badInput } from '../errors.ts';
import type { z } from 'zod';

/** Parses a mutation's input; the first problem becomes BAD_USER_INPUT naming its field (`contact.email`). */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const issue = result.error.issues[0]!;
  const field = issue.path.join('.') || 'input';
  throw badInput(field, `${field}: ${issue.message}`);
}

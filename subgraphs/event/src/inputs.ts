import { z } from 'zod';
import type { EventKind } from './__generated__/resolvers-types.ts';

export const createEventInput = z.object({
  // GraphQL has already refused a kind the schema does not list.
  kind: z.custom<EventKind>(),
  title: z.string().trim().min(1, '1 to 200 characters').max(200, '1 to 200 characters'),
  date: z.iso.date('a real calendar date, YYYY-MM-DD'),
});

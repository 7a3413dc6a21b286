import { z } from 'zod';
import type { EventKind } from './__generated__/resolvers-types.ts';

const details = {
  title: z.string().trim().min(1, 'title must be 1 to 200 characters').max(200, 'title must be 1 to 200 characters'),
  date: z.iso.date('date must be a real calendar date, YYYY-MM-DD'),
  placeId: z.uuid('a commune id').nullish(),
  guestCount: z.number().int().min(1, 'at least 1').max(100_000).nullish(),
  budget: z.number().int('whole DZD').min(0, '0 or more').max(2_000_000_000).nullish(),
};
// GraphQL has already refused a kind the schema does not list.
const kind = z.custom<EventKind>();
export const createEventInput = z.object({ kind, ...details });
export const updateEventInput = z.object({
  id: z.string(),
  kind: kind.nullish(),
  title: details.title.nullish(),
  date: details.date.nullish(),
  placeId: details.placeId,
  guestCount: details.guestCount,
  budget: details.budget,
});

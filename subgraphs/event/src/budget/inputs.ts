import { z } from 'zod';
import type { BudgetCategory } from './rows.ts';

const amount = z.number().int('whole DZD').min(0, '0 or more').max(2_000_000_000);
const label = z.string().trim().min(1, 'label must be 1 to 200 characters').max(200, 'label must be 1 to 200 characters');
// GraphQL has already refused a category the schema does not list.
const category = z.custom<BudgetCategory>();

export const addLineInput = z.object({ eventId: z.string(), category, label, planned: amount, bookingId: z.string().nullish() });
export const updateLineInput = z.object({
  id: z.string(),
  category: category.nullish(),
  label: label.nullish(),
  planned: amount.nullish(),
});
export const paymentInput = z.object({
  lineId: z.string(),
  amount: amount.min(1, 'more than 0'),
  paidOn: z.iso.date('a calendar date, YYYY-MM-DD'),
  note: z
    .string()
    .trim()
    .max(500, 'note must be at most 500 characters')
    .transform((s) => (s === '' ? null : s))
    .nullish(),
});

import type { EventRow } from '../entities/Event.ts';
import { committedOf, projectedOf, type BudgetCategory, type BudgetLineRow } from './rows.ts';

const standingOf = (balance: number | null): 'NO_BUDGET' | 'OVER' | 'UNDER' =>
  balance === null ? 'NO_BUDGET' : balance < 0 ? 'OVER' : 'UNDER';

/** Planned against quoted, committed and paid, in total and per category, and where that leaves the event's budget. */
export function budgetSummary(event: Pick<EventRow, 'budget'>, lines: BudgetLineRow[]) {
  const sum = (pick: (line: BudgetLineRow) => number, of = lines) => of.reduce((total, line) => total + pick(line), 0);
  const projected = sum(projectedOf);
  const balance = event.budget === null ? null : event.budget - projected;
  const categories = [...new Set(lines.map((l) => l.category))].sort() as BudgetCategory[];
  return {
    total: event.budget,
    planned: sum((l) => l.planned),
    quoted: sum((l) => l.quoted ?? 0),
    committed: sum(committedOf),
    paid: sum((l) => l.paid),
    outstanding: sum((l) => Math.max(0, committedOf(l) - l.paid)),
    projected,
    balance,
    standing: standingOf(balance),
    categories: categories.map((category) => {
      const of = lines.filter((l) => l.category === category);
      return {
        category,
        planned: sum((l) => l.planned, of),
        quoted: sum((l) => l.quoted ?? 0, of),
        committed: sum(committedOf, of),
        paid: sum((l) => l.paid, of),
      };
    }),
  };
}

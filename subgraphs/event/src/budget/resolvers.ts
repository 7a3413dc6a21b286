import type { Resolvers } from '../__generated__/resolvers-types.ts';
import { ownersOnly } from '../guests/owners.ts';
import { addBudgetLine, linesOf, paymentsOf, recordPayment, removeBudgetLine, updateBudgetLine } from './lines.ts';
import { committedOf } from './rows.ts';
import { budgetSummary } from './summary.ts';

/** The budget: merged into the subgraph's resolvers. */
export const budgetResolvers = {
  Mutation: {
    addBudgetLine: async (_parent, { input }, { deps, viewer }) => ({ line: await addBudgetLine(deps.db, viewer, input) }),
    updateBudgetLine: async (_parent, { input }, { deps, viewer }) => ({ line: await updateBudgetLine(deps.db, viewer, input) }),
    removeBudgetLine: async (_parent, { input }, { deps, viewer }) => ({ id: await removeBudgetLine(deps.db, viewer, input) }),
    recordPayment: (_parent, { input }, { deps, viewer }) => recordPayment(deps.db, viewer, input),
  },
  Event: {
    budgetLines: (event, _args, { deps, viewer }) => {
      ownersOnly(event, viewer, 'budget');
      return linesOf(deps.db, event.id);
    },
    budgetSummary: async (event, _args, { deps, viewer }) => {
      ownersOnly(event, viewer, 'budget');
      return budgetSummary(event, await linesOf(deps.db, event.id));
    },
  },
  BudgetLine: {
    committed: (line) => committedOf(line),
    booking: (line, _args, { loaders }) => (line.bookingId ? loaders.booking.load(line.bookingId) : null),
    payments: (line, _args, { deps }) => paymentsOf(deps.db, line.id),
  },
} satisfies Resolvers;

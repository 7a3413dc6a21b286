import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { ok, user, type User } from './support/bookings.ts';
import { budgetOps, type BudgetSummaryView, type LineView } from './support/budget.ts';
import { guestOps, guestSheet, type GuestSummary } from './support/guests.ts';
import { startStack, type Stack } from './support/stack.ts';

describe('planning the day, as a couple’s app does it through the gateway', () => {
  let stack: Stack;
  let couple: User;

  before(async () => {
    stack = await startStack();
    couple = await user(stack, 'COUPLE');
  });
  after(() => stack.stop());

  it('creates a wedding, lists its first ten tasks, imports 200 guests, takes one anonymous answer and reads where the guests and the budget stand', async () => {
    const { event } = await ok<{ event: { id: string } }>(
      stack,
      `mutation($input: CreateEventInput!) { createEvent(input: $input) { event { id } } }`,
      { input: { kind: 'WEDDING', title: 'Mariage de Lina et Karim', date: '2027-08-14', budget: 1_500_000 } },
      couple,
    );

    // The checklist came with the wedding: its first ten tasks, earliest due first, the first a year and more ahead.
    const checklist = await ok<{ tasks: { totalCount: number; edges: { node: { title: string; dueOn: string } }[] } }>(
      stack,
      `query($id: ID!) { event(id: $id) { tasks(first: 10) { totalCount edges { node { title dueOn } } } } }`,
      { id: event.id },
      couple,
    );
    const tasks = checklist.tasks.edges.map((e) => e.node);
    assert.ok(checklist.tasks.totalCount > 10);
    assert.equal(tasks.length, 10);
    assert.deepEqual(tasks[0], { title: 'Fixer la date du mariage avec les deux familles', dueOn: '2026-07-10' });
    assert.deepEqual(
      tasks.map((t) => t.dueOn),
      tasks.map((t) => t.dueOn).sort(),
    );

    const imported = await ok<{ imported: number }>(stack, guestOps.import, { input: { eventId: event.id, csv: guestSheet(200) } }, couple);
    assert.equal(imported.imported, 200);

    // The couple sends each household its link; one opens it, with no account, and answers.
    const page = await ok<{
      guests: { totalCount: number; edges: { node: { name: string; partySize: number; invitationToken: string } }[] };
    }>(stack, guestOps.guests, { id: event.id, first: 10, filter: { search: 'famille 0007' } }, couple);
    assert.equal(page.guests.totalCount, 1);
    const household = page.guests.edges[0]!.node;
    assert.equal(household.partySize, 3);
    const answer = await stack.query<{ respondToInvitation: { invitation: { rsvp: string; attending: number } } }>(guestOps.respond, {
      input: { token: household.invitationToken, status: 'ATTENDING', partySize: 2, note: 'Nous serons là' },
    });
    assert.equal(answer.status, 200);
    assert.deepEqual(answer.body.data?.respondToInvitation.invitation, {
      guestName: 'Famille 0007',
      partySize: 3,
      rsvp: 'ATTENDING',
      attending: 2,
      note: 'Nous serons là',
    });

    const { guestSummary } = await ok<{ guestSummary: GuestSummary }>(stack, guestOps.summary, { id: event.id }, couple);
    const invited = Array.from({ length: 200 }, (_, i) => 1 + (i % 5)).reduce((a, b) => a + b);
    assert.deepEqual([guestSummary.households, guestSummary.invited, guestSummary.attending], [200, invited, 2]);
    assert.deepEqual(
      guestSummary.byStatus.map((s) => [s.status, s.households]),
      [
        ['PENDING', 199],
        ['ATTENDING', 1],
        ['MAYBE', 0],
        ['DECLINED', 0],
      ],
    );
    assert.deepEqual(
      guestSummary.bySide.map((s) => [s.side, s.households, s.attending]),
      [
        ['BRIDE', 67, 0],
        ['GROOM', 67, 2],
        ['BOTH', 66, 0],
      ],
    );

    const hall = await ok<{ line: LineView }>(
      stack,
      budgetOps.addLine,
      { input: { eventId: event.id, category: 'VENUE', label: 'Salle', planned: 400_000 } },
      couple,
    );
    await ok(stack, budgetOps.addLine, { input: { eventId: event.id, category: 'CATERING', label: 'Traiteur', planned: 900_000 } }, couple);
    await ok(stack, budgetOps.pay, { input: { lineId: hall.line.id, amount: 100_000, paidOn: '2027-01-10', note: 'Avance' } }, couple);
    const { budgetSummary } = await ok<{ budgetSummary: BudgetSummaryView }>(stack, budgetOps.summary, { id: event.id }, couple);
    assert.deepEqual(
      [
        budgetSummary.total,
        budgetSummary.planned,
        budgetSummary.committed,
        budgetSummary.paid,
        budgetSummary.balance,
        budgetSummary.standing,
      ],
      [1_500_000, 1_300_000, 100_000, 100_000, 200_000, 'UNDER'],
    );
  });
});

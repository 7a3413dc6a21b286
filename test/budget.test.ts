import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { Queue } from 'bullmq';
import { Redis } from 'ioredis';
import { codeOf, eventOf, ok, ops, publishedVendor, refused, user, type BookingView, type User } from './support/bookings.ts';
import { budgetOps, type BudgetSummaryView, type LineView } from './support/budget.ts';
import { startStack, type Stack } from './support/stack.ts';

describe('budget: lines the couple plans, filled by their bookings and payments', () => {
  let stack: Stack;
  let couple: User, hallOwner: User, studioOwner: User, stranger: User;
  let hall: { vendorId: string; offerId: string }, studio: { vendorId: string; offerId: string };
  let eventId: string;

  before(async () => {
    stack = await startStack({}, { workers: true });
    [couple, hallOwner, studioOwner, stranger] = await Promise.all([
      user(stack, 'COUPLE'),
      user(stack, 'VENDOR'),
      user(stack, 'VENDOR'),
      user(stack, 'COUPLE'),
    ]);
    [hall, studio] = await Promise.all([publishedVendor(stack, hallOwner), publishedVendor(stack, studioOwner, { hall: false })]);
    eventId = await eventOf(stack, couple, 2_000_000);
  });
  after(() => stack.stop());

  const lines = async () => (await ok<{ budgetLines: LineView[] }>(stack, budgetOps.lines, { id: eventId }, couple)).budgetLines;
  const summary = async () =>
    (await ok<{ budgetSummary: BudgetSummaryView }>(stack, budgetOps.summary, { id: eventId }, couple)).budgetSummary;
  const request = async (vendor: { vendorId: string; offerId: string }, date: string) =>
    (
      await ok<{ booking: BookingView }>(
        stack,
        ops.request,
        { input: { eventId, vendorId: vendor.vendorId, offerId: vendor.offerId, date, slot: 'EVENING', guestCount: 350 } },
        couple,
      )
    ).booking;
  const move = (op: 'quote' | 'accept' | 'confirm' | 'cancel', input: Record<string, unknown>, who: User) =>
    ok(stack, ops[op], { input }, who);

  it('follows a booking’s quote and confirmation: quoted amount, deposit, then the deposit paid', async () => {
    const catering = await ok<{ line: LineView }>(
      stack,
      budgetOps.addLine,
      { input: { eventId, category: 'CATERING', label: 'Traiteur', planned: 600_000 } },
      couple,
    );
    assert.deepEqual([catering.line.planned, catering.line.quoted, catering.line.committed, catering.line.paid], [600_000, null, 0, 0]);

    const booking = await request(hall, '2027-06-05');
    await stack.drainJobs();
    assert.equal((await lines()).length, 1, 'a request without a quote makes no line');

    await move('quote', { bookingId: booking.id, price: 180_000, depositPercent: 30, holdDays: 5 }, hallOwner);
    await stack.drainJobs();
    let venue = (await lines()).find((l) => l.booking?.id === booking.id)!;
    assert.deepEqual(
      [venue.category, venue.quoted, venue.deposit, venue.committed, venue.paid, venue.booking!.state],
      ['VENUE', 180_000, 54_000, 0, 0, 'QUOTED'],
    );

    await move('accept', { bookingId: booking.id }, couple);
    await move('confirm', { bookingId: booking.id }, hallOwner);
    await stack.drainJobs();
    venue = (await lines()).find((l) => l.booking?.id === booking.id)!;
    assert.deepEqual([venue.quoted, venue.deposit, venue.committed, venue.paid], [180_000, 54_000, 180_000, 54_000]);
    assert.deepEqual(
      venue.payments.map((p) => [p.amount, p.note]),
      [[54_000, 'Deposit (the vendor confirmed the booking)']],
    );

    // Every move's job again, newest first, as redeliveries arriving out of order would run: nothing changes, nothing is paid twice.
    const moves: { payload: Record<string, unknown> }[] = await stack.subgraphs.event.deps.db.query(
      `SELECT payload FROM outbox WHERE job = 'bookingMoved' AND payload->>'bookingId' = $1 ORDER BY created_at DESC`,
      [booking.id],
    );
    assert.equal(moves.length, 4);
    const connection = new Redis(stack.env.REDIS_URL ?? 'redis://127.0.0.1:6379', { maxRetriesPerRequest: null });
    const queue = new Queue('event', { connection, prefix: stack.env.QUEUE_PREFIX });
    try {
      for (const [i, { payload }] of moves.entries()) await queue.add('bookingMoved', payload, { jobId: `${booking.id}-replay-${i}` });
    } finally {
      await queue.close();
      connection.disconnect();
    }
    await stack.drainJobs();
    assert.deepEqual(
      (await lines()).find((l) => l.id === venue.id),
      venue,
    );

    const paid = await ok<{ line: LineView; payment: { amount: number; paidOn: string } }>(
      stack,
      budgetOps.pay,
      { input: { lineId: venue.id, amount: 50_000, paidOn: '2027-05-01', note: 'Deuxième versement' } },
      couple,
    );
    assert.deepEqual([paid.payment.amount, paid.payment.paidOn, paid.line.paid], [50_000, '2027-05-01', 104_000]);
    assert.equal(
      codeOf(await refused(stack, budgetOps.pay, { input: { lineId: venue.id, amount: 0, paidOn: '2027-05-01' } }, couple)),
      'BAD_USER_INPUT',
    );

    const s = await summary();
    assert.deepEqual(
      { ...s, categories: undefined },
      {
        total: 2_000_000,
        planned: 600_000,
        quoted: 180_000,
        committed: 180_000,
        paid: 104_000,
        outstanding: 76_000,
        projected: 780_000,
        balance: 1_220_000,
        standing: 'UNDER',
        categories: undefined,
      },
    );
    assert.deepEqual(s.categories, [
      { category: 'CATERING', planned: 600_000, quoted: 0, committed: 0, paid: 0 },
      { category: 'VENUE', planned: 0, quoted: 180_000, committed: 180_000, paid: 104_000 },
    ]);

    await ok(
      stack,
      `mutation($input: UpdateEventInput!) { updateEvent(input: $input) { event { id } } }`,
      { input: { id: eventId, budget: 700_000 } },
      couple,
    );
    const over = await summary();
    assert.deepEqual([over.balance, over.standing], [-80_000, 'OVER']);
  });

  it('fills the line the couple linked to a booking, and empties its quote when the booking is called off', async () => {
    const booking = await request(studio, '2027-06-12');
    const linked = await ok<{ line: LineView }>(
      stack,
      budgetOps.addLine,
      { input: { eventId, category: 'PHOTO_VIDEO', label: 'Photographe', planned: 120_000, bookingId: booking.id } },
      couple,
    );
    assert.deepEqual([linked.line.quoted, linked.line.booking?.state], [null, 'INQUIRY']);
    const again = await refused(
      stack,
      budgetOps.addLine,
      { input: { eventId, category: 'OTHER', label: 'Doublon', planned: 0, bookingId: booking.id } },
      couple,
    );
    assert.equal(codeOf(again), 'CONFLICT');

    const before = (await lines()).length;
    await move('quote', { bookingId: booking.id, price: 90_000, depositPercent: 20, holdDays: 3 }, studioOwner);
    await stack.drainJobs();
    const quoted = (await lines()).find((l) => l.id === linked.line.id)!;
    assert.deepEqual([quoted.category, quoted.planned, quoted.quoted, quoted.deposit], ['PHOTO_VIDEO', 120_000, 90_000, 18_000]);
    assert.equal((await lines()).length, before, 'the linked line is the booking’s line: no second one');

    await move('cancel', { bookingId: booking.id, reason: 'Autre photographe' }, couple);
    await stack.drainJobs();
    const cancelled = (await lines()).find((l) => l.id === linked.line.id)!;
    assert.deepEqual(
      [cancelled.quoted, cancelled.deposit, cancelled.committed, cancelled.booking?.state],
      [null, null, 0, 'CANCELLED_BY_COUPLE'],
    );
  });

  it('keeps the budget the couple’s: strangers, staff and vendors are refused, at the gateway and at the subgraph', async () => {
    const [line] = await lines();
    const staff = await user(stack, 'STAFF');
    for (const who of [stranger, hallOwner]) {
      assert.equal(
        codeOf(await refused(stack, budgetOps.pay, { input: { lineId: line!.id, amount: 1, paidOn: '2027-05-01' } }, who)),
        'NOT_FOUND',
      );
      assert.equal(codeOf(await refused(stack, budgetOps.updateLine, { input: { id: line!.id, planned: 1 } }, who)), 'NOT_FOUND');
      assert.equal(
        codeOf(await refused(stack, budgetOps.addLine, { input: { eventId, category: 'OTHER', label: 'x', planned: 1 } }, who)),
        'NOT_FOUND',
      );
      const seen = await stack.query<{ event: unknown }>(budgetOps.summary, { id: eventId }, who.headers);
      assert.equal(seen.body.data?.event, null);
    }
    assert.equal((await stack.query(budgetOps.summary, { id: eventId }, staff.headers)).body.errors?.[0]?.extensions?.code, 'FORBIDDEN');
    const direct = await stack.direct('event', { query: budgetOps.removeLine, variables: { input: { id: line!.id } } }, stranger.headers);
    assert.equal(((await direct.json()) as { errors: { extensions: { code: string } }[] }).errors[0]!.extensions.code, 'NOT_FOUND');
    assert.ok(
      (await lines()).some((l) => l.id === line!.id),
      'the line is still there',
    );
  });
});

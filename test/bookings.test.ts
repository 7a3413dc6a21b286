import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import { categoryId } from '@zaffa/vendor';
import {
  codeOf,
  eventOf,
  ok,
  ops,
  publishedVendor,
  refused,
  user,
  waitFor,
  type BookingView,
  type Move,
  type User,
} from './support/bookings.ts';
import { startStack, type Stack } from './support/stack.ts';

type Reachable = 'INQUIRY' | 'QUOTED' | 'COUNTER_OFFER' | 'HELD' | 'CONFIRMED' | 'DECLINED' | 'CANCELLED_BY_COUPLE' | 'CANCELLED_BY_VENDOR';
const reachable: Reachable[] = [
  'INQUIRY',
  'QUOTED',
  'COUNTER_OFFER',
  'HELD',
  'CONFIRMED',
  'DECLINED',
  'CANCELLED_BY_COUPLE',
  'CANCELLED_BY_VENDOR',
];

/** The table of the state machine: for each move, its side and the states it leaves (and where to). */
const table: Record<Move, { side: 'couple' | 'vendor'; from: Partial<Record<Reachable, string>> }> = {
  quote: { side: 'vendor', from: { INQUIRY: 'QUOTED', COUNTER_OFFER: 'QUOTED' } },
  counter: { side: 'couple', from: { QUOTED: 'COUNTER_OFFER' } },
  accept: { side: 'couple', from: { QUOTED: 'HELD' } },
  confirm: { side: 'vendor', from: { HELD: 'CONFIRMED' } },
  decline: { side: 'vendor', from: { INQUIRY: 'DECLINED', QUOTED: 'DECLINED', COUNTER_OFFER: 'DECLINED' } },
  cancel: {
    side: 'couple',
    from: {
      INQUIRY: 'CANCELLED_BY_COUPLE',
      QUOTED: 'CANCELLED_BY_COUPLE',
      COUNTER_OFFER: 'CANCELLED_BY_COUPLE',
      HELD: 'CANCELLED_BY_COUPLE',
      CONFIRMED: 'CANCELLED_BY_COUPLE',
    },
  },
};

const inputOf = (move: Move, bookingId: string): Record<string, unknown> =>
  move === 'quote'
    ? { bookingId, price: 180_000, depositPercent: 30, holdDays: 5, note: 'Prix avec décoration' }
    : move === 'counter'
      ? { bookingId, price: 160_000, note: 'Un peu moins ?' }
      : move === 'decline' || move === 'cancel'
        ? { bookingId, reason: 'Plus disponible' }
        : { bookingId };

describe('bookings: the state machine through the gateway', () => {
  let stack: Stack;
  let owner: User, couple: User, partner: User, otherCouple: User, otherOwner: User, staff: User;
  let vendorId: string, offerId: string, eventId: string;
  let day = 0;
  // Each booking its own date, so holds never meet unless a test wants them to.
  const nextDate = () => new Date(Date.UTC(2027, 2, 1) + day++ * 86_400_000).toISOString().slice(0, 10);

  before(async () => {
    stack = await startStack({}, { workers: true });
    [owner, couple, partner, otherCouple, otherOwner, staff] = await Promise.all([
      user(stack, 'VENDOR'),
      user(stack, 'COUPLE'),
      user(stack, 'COUPLE'),
      user(stack, 'COUPLE'),
      user(stack, 'VENDOR'),
      user(stack, 'STAFF'),
    ]);
    ({ vendorId, offerId } = await publishedVendor(stack, owner));
    eventId = await eventOf(stack, couple);
  });
  after(() => stack.stop());

  const as = (side: 'couple' | 'vendor') => (side === 'couple' ? couple : owner);

  async function request(date = nextDate(), slot = 'EVENING', who = couple, event = eventId): Promise<BookingView> {
    const { booking } = await ok<{ booking: BookingView }>(
      stack,
      ops.request,
      { input: { eventId: event, vendorId, date, slot, guestCount: 350, offerId, message: 'Salam, la salle est-elle libre ?' } },
      who,
    );
    return booking;
  }
  async function move(m: Move, id: string, who: User): Promise<BookingView> {
    return (await ok<{ booking: BookingView }>(stack, ops[m], { input: inputOf(m, id) }, who)).booking;
  }
  /** A new booking driven to the state asked for by the moves a couple and vendor would make. */
  async function bookingIn(state: Reachable): Promise<BookingView> {
    const b = await request();
    const path: Record<Reachable, [Move, User][]> = {
      INQUIRY: [],
      QUOTED: [['quote', owner]],
      COUNTER_OFFER: [
        ['quote', owner],
        ['counter', couple],
      ],
      HELD: [
        ['quote', owner],
        ['accept', couple],
      ],
      CONFIRMED: [
        ['quote', owner],
        ['accept', couple],
        ['confirm', owner],
      ],
      DECLINED: [['decline', owner]],
      CANCELLED_BY_COUPLE: [['cancel', couple]],
      CANCELLED_BY_VENDOR: [['cancel', owner]],
    };
    for (const [m, who] of path[state]) await move(m, b.id, who);
    const now = await read(b.id);
    assert.equal(now.state, state);
    return now;
  }
  async function read(id: string, who = couple): Promise<BookingView> {
    return ok<BookingView>(stack, ops.booking, { id }, who);
  }

  it('prices a request from the offer and records who asked, with the first message', async () => {
    const b = await request();
    assert.equal(b.state, 'INQUIRY');
    assert.equal(b.offerPrice, 150_000 + 50 * 500);
    assert.equal(b.price, 175_000);
    assert.equal(b.message, 'Salam, la salle est-elle libre ?');
    assert.deepEqual(b.history, [{ state: 'INQUIRY', actor: 'COUPLE', note: null, price: 175_000 }]);
    assert.ok(b.expiresAt, 'an inquiry waits 48 hours for its answer');
    const quoted = await move('quote', b.id, owner);
    assert.deepEqual([quoted.price, quoted.depositPercent, quoted.deposit, quoted.holdDays], [180_000, 30, 54_000, 5]);
    assert.deepEqual(
      quoted.history.map((h) => [h.state, h.actor, h.note]),
      [
        ['INQUIRY', 'COUPLE', null],
        ['QUOTED', 'VENDOR', 'Prix avec décoration'],
      ],
    );
  });

  for (const [m, rule] of Object.entries(table) as [Move, (typeof table)[Move]][]) {
    for (const state of reachable) {
      const to = rule.from[state];
      it(`${m} by the ${rule.side} from ${state}: ${to ? `moves to ${to}` : 'INVALID_TRANSITION, nothing changes'}`, async () => {
        const b = await bookingIn(state);
        const { body } = await stack.query<{ [k: string]: { booking: BookingView } }>(
          ops[m],
          { input: inputOf(m, b.id) },
          as(rule.side).headers,
        );
        const after = await read(b.id);
        if (to) {
          assert.equal(body.errors, undefined, JSON.stringify(body.errors));
          assert.equal(after.state, to);
          assert.equal(after.history.length, b.history.length + 1);
          assert.equal(after.history.at(-1)!.actor, rule.side === 'couple' ? 'COUPLE' : 'VENDOR');
        } else {
          assert.equal(codeOf(body), 'INVALID_TRANSITION');
          assert.equal(body.errors![0]!.extensions!.state, state);
          assert.deepEqual(after, b);
        }
      });
    }
  }

  it('cancel by the vendor is CANCELLED_BY_VENDOR, from every state before completion', async () => {
    for (const state of ['INQUIRY', 'QUOTED', 'COUNTER_OFFER', 'HELD', 'CONFIRMED'] as const) {
      const b = await bookingIn(state);
      const after = await move('cancel', b.id, owner);
      assert.equal(after.state, 'CANCELLED_BY_VENDOR');
      assert.deepEqual(after.history.at(-1), {
        state: 'CANCELLED_BY_VENDOR',
        actor: 'VENDOR',
        note: 'Plus disponible',
        price: after.price,
      });
    }
  });

  it('refuses each move by the other side with FORBIDDEN (staff too), and nothing changes', async () => {
    const where: Record<Move, Reachable> = {
      quote: 'INQUIRY',
      counter: 'QUOTED',
      accept: 'QUOTED',
      confirm: 'HELD',
      decline: 'INQUIRY',
      cancel: 'HELD',
    };
    for (const m of Object.keys(where) as Move[]) {
      const b = await bookingIn(where[m]);
      const wrong = m === 'cancel' ? [staff] : [table[m].side === 'couple' ? owner : couple, staff];
      for (const who of wrong) {
        const body = await refused(stack, ops[m], { input: inputOf(m, b.id) }, who);
        assert.equal(codeOf(body), 'FORBIDDEN', `${m} by the wrong side`);
      }
      assert.deepEqual(await read(b.id), b);
    }
  });

  it("answers another couple's or vendor's booking id like a missing one, at the gateway and at the subgraph", async () => {
    const b = await bookingIn('QUOTED');
    for (const stranger of [otherCouple, otherOwner]) {
      assert.deepEqual((await stack.query(ops.booking, { id: b.id }, stranger.headers)).body.data, { booking: null });
      assert.equal(codeOf(await refused(stack, ops.accept, { input: { bookingId: b.id } }, stranger)), 'NOT_FOUND');
      const direct = await stack.direct(
        'event',
        { query: `query($id: ID!) { booking(id: $id) { id state } }`, variables: { id: b.id } },
        stranger.headers,
      );
      assert.deepEqual(((await direct.json()) as { data: unknown }).data, { booking: null });
      const missing = await stack.query(ops.booking, { id: randomUUID() }, stranger.headers);
      assert.deepEqual(missing.body.data, { booking: null });
    }
    assert.equal(codeOf((await stack.query(ops.booking, { id: b.id })).body), 'UNAUTHENTICATED');
    assert.equal((await read(b.id, staff)).state, 'QUOTED');
  });

  it("shows the vendor the request but never the couple's event or budget", async () => {
    const b = await bookingIn('QUOTED');
    const seen = await read(b.id, owner);
    assert.equal(seen.event, null);
    assert.deepEqual((await read(b.id)).event, { id: eventId, budget: 2_000_000 });
    const direct = await stack.direct(
      'event',
      { query: `query($id: ID!) { event(id: $id) { budget } }`, variables: { id: eventId } },
      owner.headers,
    );
    assert.deepEqual(((await direct.json()) as { data: unknown }).data, { event: null });
    const list = await ok<{ bookings: { edges: { node: { id: string } }[] } | null }>(
      stack,
      `query($id: ID!) { vendor(id: $id) { bookings(first: 100) { edges { node { id } } } } }`,
      { id: vendorId },
      owner,
    );
    assert.ok(list.bookings!.edges.some((e) => e.node.id === b.id));
    const asStranger = await ok<{ bookings: unknown }>(
      stack,
      `query($id: ID!) { vendor(id: $id) { bookings { totalCount } } }`,
      { id: vendorId },
      otherOwner,
    );
    assert.equal(asStranger.bookings, null);
  });

  it('the same idempotency key by the same couple returns the same booking, even when retries race', async () => {
    const input = { eventId, vendorId, date: nextDate(), slot: 'AFTERNOON', guestCount: 200, idempotencyKey: `retry-${randomUUID()}` };
    const answers = await Promise.all(
      Array.from({ length: 5 }, () => stack.query<{ requestBooking: { booking: { id: string } } }>(ops.request, { input }, couple.headers)),
    );
    const ids = new Set(answers.map((a) => a.body.data!.requestBooking.booking.id));
    assert.equal(ids.size, 1);
    const list = await ok<{ bookings: { edges: { node: { id: string; date: string } }[] } }>(
      stack,
      `query($id: ID!) { event(id: $id) { bookings(first: 100) { edges { node { id date } } } } }`,
      { id: eventId },
      couple,
    );
    assert.equal(list.bookings.edges.filter((e) => e.node.date === input.date).length, 1);
  });

  it('names the bad field and writes nothing for a bad request', async () => {
    for (const [field, input] of [
      ['date', { date: '2027-02-30' }],
      ['date', { date: '2020-01-01' }],
      ['guestCount', { guestCount: 0 }],
      ['offerId', { offerId: randomUUID() }],
    ] as const) {
      const body = await refused(
        stack,
        ops.request,
        { input: { eventId, vendorId, slot: 'EVENING', guestCount: 100, date: nextDate(), ...(input as Record<string, unknown>) } },
        couple,
      );
      assert.equal(codeOf(body), 'BAD_USER_INPUT');
      assert.equal(body.errors![0]!.extensions!.field, field);
    }
    const otherEvent = await eventOf(stack, otherCouple);
    const body = await refused(
      stack,
      ops.request,
      { input: { eventId: otherEvent, vendorId, date: nextDate(), slot: 'EVENING', guestCount: 100 } },
      couple,
    );
    assert.equal(codeOf(body), 'NOT_FOUND');
  });

  it('the co-owner sees and moves the bookings of the event once they accept the invitation', async () => {
    const b = await bookingIn('QUOTED');
    assert.deepEqual((await stack.query(ops.booking, { id: b.id }, partner.headers)).body.data, { booking: null });
    const invite = await ok<{ token: string; email: string }>(
      stack,
      `mutation($input: InviteCoOwnerInput!) { inviteCoOwner(input: $input) { token email expiresAt } }`,
      { input: { eventId, email: 'Yasmine@example.dz' } },
      couple,
    );
    assert.equal(invite.email, 'yasmine@example.dz');
    const accepted = await ok<{ event: { partner: { id: string } } }>(
      stack,
      `mutation($input: AcceptEventInvitationInput!) { acceptEventInvitation(input: $input) { event { partner { id } } } }`,
      { input: { token: invite.token } },
      partner,
    );
    assert.equal(accepted.event.partner.id, partner.id);
    const again = await refused(
      stack,
      `mutation($input: AcceptEventInvitationInput!) { acceptEventInvitation(input: $input) { event { id } } }`,
      { input: { token: invite.token } },
      otherCouple,
    );
    assert.equal(codeOf(again), 'NOT_FOUND');
    assert.equal((await move('accept', b.id, partner)).state, 'HELD');
    const updated = await ok<{ event: { budget: number; guestCount: number } }>(
      stack,
      `mutation($input: UpdateEventInput!) { updateEvent(input: $input) { event { budget guestCount } } }`,
      { input: { id: eventId, budget: 2_500_000, guestCount: 400 } },
      partner,
    );
    assert.deepEqual(updated.event, { budget: 2_500_000, guestCount: 400 });
    const mine = await ok<{ totalCount: number }>(stack, `query { myEvents { totalCount } }`, {}, partner);
    assert.equal(mine.totalCount, 1);
  });

  it('confirming declines the other open requests for that slot, with a reason, and leaves the other half of the day', async () => {
    const date = nextDate();
    const [winner, sameSlot, fullDay, otherHalf] = [
      await request(date, 'EVENING'),
      await request(date, 'EVENING', otherCouple, await eventOf(stack, otherCouple)),
      await request(date, 'FULL_DAY'),
      await request(date, 'AFTERNOON'),
    ];
    await move('quote', winner.id, owner);
    await move('accept', winner.id, couple);
    await move('confirm', winner.id, owner);
    const declined = await read(sameSlot.id, owner);
    assert.equal(declined.state, 'DECLINED');
    assert.deepEqual(declined.history.at(-1), {
      state: 'DECLINED',
      actor: 'SYSTEM',
      note: 'The vendor confirmed another booking for this date',
      price: 175_000,
    });
    assert.equal((await read(fullDay.id)).state, 'DECLINED');
    assert.equal((await read(otherHalf.id)).state, 'INQUIRY');
    const days = await ok<{ availability: { slots: { slot: string; status: string }[] }[] }>(
      stack,
      ops.availability,
      { id: vendorId, from: date, to: date },
      otherCouple,
    );
    assert.deepEqual(days.availability[0]!.slots, [
      { slot: 'FULL_DAY', status: 'BOOKED' },
      { slot: 'AFTERNOON', status: 'FREE' },
      { slot: 'EVENING', status: 'BOOKED' },
    ]);
  });

  it('a hold shows in availability and in availableOn search within seconds, and its release too', async () => {
    const date = nextDate();
    const search = async (slot: string) => {
      const { body } = await stack.query<{ vendors: { edges: { node: { id: string } }[] } }>(
        `query($f: VendorFilter) { vendors(filter: $f, first: 100) { edges { node { id } } } }`,
        { f: { categoryIds: [categoryId('salle-des-fetes')], availableOn: { date, slot } } },
      );
      assert.equal(body.errors, undefined, JSON.stringify(body.errors));
      return body.data!.vendors.edges.some((e) => e.node.id === vendorId);
    };
    await waitFor(() => search('EVENING'), 'the vendor in search');
    const b = await bookingIn('QUOTED');
    const held = await request(date, 'EVENING');
    await move('quote', held.id, owner);
    await move('accept', held.id, couple);
    const days = await ok<{ availability: { slots: { slot: string; status: string }[] }[] }>(
      stack,
      ops.availability,
      { id: vendorId, from: date, to: date },
      otherCouple,
    );
    assert.deepEqual(
      days.availability[0]!.slots.map((s) => s.status),
      ['HELD', 'FREE', 'HELD'],
    );
    await waitFor(async () => !(await search('EVENING')), 'search to leave the held hall out', 10_000);
    assert.equal(await search('AFTERNOON'), true);
    assert.equal(await search('FULL_DAY'), false);
    await move('cancel', held.id, couple);
    await waitFor(() => search('EVENING'), 'search to show the hall again', 10_000);
    assert.ok(b);
  });

  it('closed dates cannot be held; reopened they can; only the owner closes them', async () => {
    const date = nextDate();
    const b = await bookingIn('QUOTED');
    const other = await request(date, 'AFTERNOON');
    await move('quote', other.id, owner);
    const closed = await ok<{ days: { slots: { status: string }[] }[] }>(
      stack,
      ops.close,
      { input: { vendorId, dates: [date], slot: 'FULL_DAY' } },
      owner,
    );
    assert.deepEqual(
      closed.days[0]!.slots.map((s) => s.status),
      ['CLOSED', 'CLOSED', 'CLOSED'],
    );
    assert.equal(codeOf(await refused(stack, ops.accept, { input: { bookingId: other.id } }, couple)), 'DATE_UNAVAILABLE');
    assert.equal((await read(other.id)).state, 'QUOTED');
    assert.equal(
      codeOf(await refused(stack, ops.close, { input: { vendorId, dates: [date], slot: 'FULL_DAY' } }, otherOwner)),
      'NOT_FOUND',
    );
    await ok(stack, ops.reopen, { input: { vendorId, dates: [date], slot: 'AFTERNOON' } }, owner);
    assert.equal((await move('accept', other.id, couple)).state, 'HELD');
    assert.ok(b);
  });

  it('30 couples accepting quotes for one hall, date and slot at once: exactly one HELD, 29 DATE_UNAVAILABLE', async () => {
    const date = nextDate();
    const couples = await Promise.all(Array.from({ length: 30 }, () => user(stack, 'COUPLE')));
    const bookings = await Promise.all(
      couples.map(async (c) => {
        const b = await request(date, 'EVENING', c, await eventOf(stack, c));
        await move('quote', b.id, owner);
        return b;
      }),
    );
    const answers = await Promise.all(bookings.map((b, i) => stack.query(ops.accept, { input: { bookingId: b.id } }, couples[i]!.headers)));
    const codes = answers.map((a) => (a.body.errors ? codeOf(a.body) : 'HELD'));
    assert.equal(codes.filter((c) => c === 'HELD').length, 1);
    assert.equal(codes.filter((c) => c === 'DATE_UNAVAILABLE').length, 29);
    const states: BookingView[] = [];
    for (const [i, b] of bookings.entries()) states.push(await read(b.id, couples[i]));
    assert.deepEqual(states.map((s) => s.state).sort(), ['HELD', ...Array(29).fill('QUOTED')].sort());
  });

  it('FULL_DAY against EVENING at once: exactly one of them holds', async () => {
    const date = nextDate();
    const couples = await Promise.all(Array.from({ length: 30 }, () => user(stack, 'COUPLE')));
    const bookings = await Promise.all(
      couples.map(async (c, i) => {
        const b = await request(date, i % 2 === 0 ? 'FULL_DAY' : 'EVENING', c, await eventOf(stack, c));
        await move('quote', b.id, owner);
        return b;
      }),
    );
    const answers = await Promise.all(bookings.map((b, i) => stack.query(ops.accept, { input: { bookingId: b.id } }, couples[i]!.headers)));
    const codes = answers.map((a) => (a.body.errors ? codeOf(a.body) : 'HELD'));
    assert.equal(codes.filter((c) => c === 'HELD').length, 1);
    assert.equal(codes.filter((c) => c === 'DATE_UNAVAILABLE').length, 29);
  });

  it('a vendor other than a hall takes dailyCapacity events a day, whatever the slot', async () => {
    const photographerOwner = await user(stack, 'VENDOR');
    const photographer = await publishedVendor(stack, photographerOwner, { hall: false, dailyCapacity: 2 });
    const date = nextDate();
    const couples = await Promise.all(Array.from({ length: 6 }, () => user(stack, 'COUPLE')));
    const bookings = await Promise.all(
      couples.map(async (c, i) => {
        const { booking } = await ok<{ booking: BookingView }>(
          stack,
          ops.request,
          {
            input: {
              eventId: await eventOf(stack, c),
              vendorId: photographer.vendorId,
              date,
              slot: i % 2 ? 'AFTERNOON' : 'EVENING',
              guestCount: 100,
            },
          },
          c,
        );
        await ok(stack, ops.quote, { input: inputOf('quote', booking.id) }, photographerOwner);
        return booking;
      }),
    );
    const answers = await Promise.all(bookings.map((b, i) => stack.query(ops.accept, { input: { bookingId: b.id } }, couples[i]!.headers)));
    const codes = answers.map((a) => (a.body.errors ? codeOf(a.body) : 'HELD'));
    assert.equal(codes.filter((c) => c === 'HELD').length, 2);
    assert.equal(codes.filter((c) => c === 'DATE_UNAVAILABLE').length, 4);
  });
});

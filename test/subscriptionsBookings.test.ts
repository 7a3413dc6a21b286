import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { eventOf, ok, ops, publishedVendor, user, type User } from './support/bookings.ts';
import { startStack, type Stack } from './support/stack.ts';
import { subscribe, wsClient } from './support/subscriptions.ts';

const bookingChanged = `subscription Changed($eventId: ID, $vendorId: ID) {
  bookingChanged(eventId: $eventId, vendorId: $vendorId) { id state price depositPercent deposit vendor { id name } }
}`;

interface ChangedBooking {
  id: string;
  state: string;
  price: number | null;
  depositPercent: number | null;
  deposit: number | null;
  vendor: { id: string; name: string };
}

describe('bookingChanged through the gateway', () => {
  let stack: Stack;
  let owner: User, couple: User, stranger: User;
  let vendorId: string, offerId: string, eventId: string;

  before(async () => {
    stack = await startStack({}, { workers: true });
    [owner, couple, stranger] = await Promise.all([user(stack, 'VENDOR'), user(stack, 'COUPLE'), user(stack, 'COUPLE')]);
    ({ vendorId, offerId } = await publishedVendor(stack, owner));
    eventId = await eventOf(stack, couple);
  });
  after(() => stack.stop());

  const tokenOf = (who: User) => who.headers.authorization!.replace('Bearer ', '');

  it("delivers the vendor's quote to the couple's event subscription, and the request to the vendor's", async () => {
    const coupleWs = wsClient(stack.gateway.url, tokenOf(couple));
    const ownerWs = wsClient(stack.gateway.url, tokenOf(owner));
    try {
      const forCouple = subscribe(coupleWs.client, bookingChanged, { eventId });
      const forVendor = subscribe(ownerWs.client, bookingChanged, { vendorId });
      await new Promise((r) => setTimeout(r, 300));
      const { booking } = await ok<{ booking: { id: string } }>(
        stack,
        ops.request,
        {
          input: {
            eventId,
            vendorId,
            date: '2027-07-01',
            slot: 'EVENING',
            guestCount: 350,
            offerId,
            message: 'Salam, libre le 1er juillet ?',
          },
        },
        couple,
      );
      const requested = (await forVendor.next(30_000)).data!.bookingChanged as ChangedBooking;
      assert.deepEqual([requested.id, requested.state], [booking.id, 'INQUIRY']);
      assert.equal(((await forCouple.next(30_000)).data!.bookingChanged as ChangedBooking).state, 'INQUIRY');

      await ok(
        stack,
        ops.quote,
        { input: { bookingId: booking.id, price: 180_000, depositPercent: 30, holdDays: 5, note: 'Avec décoration' } },
        owner,
      );
      const result = await forCouple.next(30_000);
      assert.equal(result.errors, undefined, JSON.stringify(result.errors));
      const quoted = result.data!.bookingChanged as ChangedBooking;
      assert.deepEqual(
        { id: quoted.id, state: quoted.state, price: quoted.price, deposit: quoted.deposit, vendor: quoted.vendor.id },
        { id: booking.id, state: 'QUOTED', price: 180_000, deposit: 54_000, vendor: vendorId },
      );
      assert.ok(quoted.vendor.name, "the vendor's name comes from the vendor subgraph");
    } finally {
      await coupleWs.client.dispose();
      await ownerWs.client.dispose();
    }
  });

  it("refuses a stranger's bookingChanged on the event or the vendor, and a subscription naming neither", async () => {
    const { client } = wsClient(stack.gateway.url, tokenOf(stranger));
    try {
      for (const [variables, code] of [
        [{ eventId }, 'NOT_FOUND'],
        [{ vendorId }, 'NOT_FOUND'],
        [{}, 'BAD_USER_INPUT'],
      ] as const) {
        const sub = subscribe(client, bookingChanged, variables);
        const result = await sub.next();
        assert.equal(result.errors?.[0]?.extensions?.code, code, JSON.stringify(variables));
        assert.equal(result.data ?? null, null);
      }
    } finally {
      await client.dispose();
    }
  });
});

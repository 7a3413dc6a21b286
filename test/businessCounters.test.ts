import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { eventOf, ok, ops, publishedVendor, user, type User } from './support/bookings.ts';
import { startStack, type Stack } from './support/stack.ts';

/** The business events a service counted so far, by event, as its /metrics says. */
async function businessEvents(stack: Stack, service: 'event' | 'messaging'): Promise<Record<string, number>> {
  const text = await (await fetch(stack.subgraphs[service].url.replace(/\/graphql$/, '/metrics'))).text();
  const counts: Record<string, number> = {};
  for (const [, event, value] of text.matchAll(/^business_events_total\{[^}]*event="(\w+)"[^}]*\} (\S+)$/gm)) {
    counts[event!] = Number(value);
  }
  return counts;
}

describe('business counters for the strategic dashboard', () => {
  let stack: Stack;
  let owner: User, couple: User;
  let vendorId: string, offerId: string, eventId: string;

  before(async () => {
    stack = await startStack({}, { workers: true });
    [owner, couple] = await Promise.all([user(stack, 'VENDOR'), user(stack, 'COUPLE')]);
    ({ vendorId, offerId } = await publishedVendor(stack, owner));
    eventId = await eventOf(stack, couple);
  });
  after(() => stack.stop());

  it('start at zero, so the dashboard has a series before the first event', async () => {
    assert.deepEqual(await businessEvents(stack, 'event'), { booking_requested: 0, booking_confirmed: 0 });
    assert.deepEqual(await businessEvents(stack, 'messaging'), { message_sent: 0 });
  });

  it('count booking requests and confirmations, and each message sent, on /metrics', async () => {
    const request = (date: string) =>
      ok<{ booking: { id: string } }>(
        stack,
        ops.request,
        { input: { eventId, vendorId, date, slot: 'EVENING', guestCount: 350, offerId, message: 'Salam' } },
        couple,
      );
    const confirmed = (await request('2027-05-01')).booking.id;
    await request('2027-05-02');
    await ok(stack, ops.quote, { input: { bookingId: confirmed, price: 180_000, depositPercent: 30, holdDays: 5 } }, owner);
    await ok(stack, ops.accept, { input: { bookingId: confirmed } }, couple);
    await ok(stack, ops.confirm, { input: { bookingId: confirmed } }, owner);
    assert.deepEqual(await businessEvents(stack, 'event'), { booking_requested: 2, booking_confirmed: 1 });

    const { conversation } = await ok<{ conversation: { id: string } }>(
      stack,
      `mutation($input: StartConversationInput!) { startConversation(input: $input) { conversation { id } } }`,
      { input: { vendorId, message: 'Bonjour, vous faites aussi les henné ?' } },
      couple,
    );
    await ok(
      stack,
      `mutation($input: SendMessageInput!) { sendMessage(input: $input) { message { id } } }`,
      { input: { conversationId: conversation.id, text: 'Oui, avec plaisir.' } },
      owner,
    );
    // A refused message is not a message sent.
    const { body } = await stack.query(
      `mutation($input: SendMessageInput!) { sendMessage(input: $input) { message { id } } }`,
      { input: { conversationId: conversation.id, text: '' } },
      owner.headers,
    );
    assert.equal(body.errors?.[0]?.extensions?.code, 'BAD_USER_INPUT');
    assert.deepEqual(await businessEvents(stack, 'messaging'), { message_sent: 2 });
  });
});

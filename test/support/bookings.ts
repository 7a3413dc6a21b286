import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import type { Role } from '@zaffa/shared';
import { categoryId, placeId } from '@zaffa/vendor';
import type { GraphQLResult, Stack } from './stack.ts';

export const bookingFields = `id state date slot guestCount offerPrice price depositPercent deposit holdDays expiresAt message
  vendor { id } event { id budget } history { state actor note price }`;

export const ops = {
  createVendor: `mutation($input: CreateVendorInput!) { createVendor(input: $input) { vendor { id } } }`,
  addOffer: `mutation($input: AddOfferInput!) { addOffer(input: $input) { offer { id } } }`,
  publish: `mutation($input: VendorIdInput!) { publishVendor(input: $input) { vendor { id status } } }`,
  createEvent: `mutation($input: CreateEventInput!) { createEvent(input: $input) { event { id } } }`,
  request: `mutation($input: RequestBookingInput!) { requestBooking(input: $input) { booking { ${bookingFields} } } }`,
  quote: `mutation($input: QuoteBookingInput!) { quoteBooking(input: $input) { booking { ${bookingFields} } } }`,
  counter: `mutation($input: CounterBookingInput!) { counterBooking(input: $input) { booking { ${bookingFields} } } }`,
  accept: `mutation($input: BookingIdInput!) { acceptQuote(input: $input) { booking { ${bookingFields} } } }`,
  confirm: `mutation($input: BookingIdInput!) { confirmBooking(input: $input) { booking { ${bookingFields} } } }`,
  decline: `mutation($input: DeclineBookingInput!) { declineBooking(input: $input) { booking { ${bookingFields} } } }`,
  cancel: `mutation($input: CancelBookingInput!) { cancelBooking(input: $input) { booking { ${bookingFields} } } }`,
  booking: `query($id: ID!) { booking(id: $id) { ${bookingFields} } }`,
  availability: `query($id: ID!, $from: Date!, $to: Date!) { vendor(id: $id) { availability(from: $from, to: $to) { date slots { slot status } } } }`,
  close: `mutation($input: VendorDatesInput!) { closeVendorDates(input: $input) { days { date slots { slot status } } } }`,
  reopen: `mutation($input: VendorDatesInput!) { reopenVendorDates(input: $input) { days { date slots { slot status } } } }`,
};

export type Move = 'quote' | 'counter' | 'accept' | 'confirm' | 'decline' | 'cancel';

export interface BookingView {
  id: string;
  state: string;
  price: number | null;
  history: { state: string; actor: string; note: string | null; price: number | null }[];
  event: { id: string; budget: number | null } | null;
  [field: string]: unknown;
}

/** A signed-in user of the stack: their id and the header to send. */
export async function user(stack: Stack, role: Role) {
  const id = randomUUID();
  return { id, headers: { authorization: `Bearer ${await stack.issuer.sign(id, role, {}, 3600)}` } };
}
export type User = Awaited<ReturnType<typeof user>>;

export async function ok<T = Record<string, unknown>>(
  stack: Stack,
  query: string,
  variables: Record<string, unknown>,
  who: User,
): Promise<T> {
  const { body } = await stack.query<Record<string, T>>(query, variables, who.headers);
  assert.equal(body.errors, undefined, JSON.stringify(body.errors));
  return Object.values(body.data!)[0]!;
}

/** The error code of a request expected to fail, and proof that it left no data behind. */
export async function refused(stack: Stack, query: string, variables: Record<string, unknown>, who: User): Promise<GraphQLResult['body']> {
  const { body } = await stack.query(query, variables, who.headers);
  assert.ok(body.errors?.length, `expected a refusal, got ${JSON.stringify(body.data)}`);
  return body;
}

export const codeOf = (body: GraphQLResult['body']) => body.errors?.[0]?.extensions?.code;

/** A published vendor with one offer (150,000 DZD for 300 guests, 500 per extra guest), known to the event subgraph. */
export async function publishedVendor(stack: Stack, owner: User, options: { hall?: boolean; dailyCapacity?: number } = {}) {
  const hall = options.hall ?? true;
  const { vendor } = await ok<{ vendor: { id: string } }>(
    stack,
    ops.createVendor,
    {
      input: {
        name: `${hall ? 'Salle' : 'Studio'} ${randomUUID().slice(0, 8)}`,
        categoryId: categoryId(hall ? 'salle-des-fetes' : 'photographe-videaste'),
        placeId: placeId.commune('1601'),
        capacity: hall ? 500 : null,
        dailyCapacity: options.dailyCapacity ?? 1,
      },
    },
    owner,
  );
  const { offer } = await ok<{ offer: { id: string } }>(
    stack,
    ops.addOffer,
    {
      input: {
        vendorId: vendor.id,
        name: 'Formule Prestige',
        basePrice: 150_000,
        includedGuests: 300,
        pricePerExtraGuest: 500,
        depositPercent: 30,
      },
    },
    owner,
  );
  await ok(stack, ops.publish, { input: { id: vendor.id } }, owner);
  await waitFor(async () => {
    const { body } = await stack.query<{ vendor: { bookings: { totalCount: number } | null } }>(
      `query($id: ID!) { vendor(id: $id) { bookings { totalCount } } }`,
      { id: vendor.id },
      owner.headers,
    );
    return body.data?.vendor?.bookings != null;
  }, 'the event subgraph to learn of the vendor');
  // Published comes last: wait until the event subgraph has that revision too.
  await stack.drainJobs();
  return { vendorId: vendor.id, offerId: offer.id };
}

export async function eventOf(stack: Stack, couple: User, budget = 2_000_000): Promise<string> {
  const { event } = await ok<{ event: { id: string } }>(
    stack,
    ops.createEvent,
    { input: { kind: 'WEDDING', title: 'Mariage', date: '2027-07-01', budget, guestCount: 350 } },
    couple,
  );
  return event.id;
}

export async function waitFor(check: () => Promise<boolean>, what: string, timeoutMs = 15_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`gave up waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import { categoryId, placeId } from '@zaffa/vendor';
import { startStack, type Stack } from './support/stack.ts';

/** `["x","y"]`: a cursor any client can make, well formed (base64url JSON of an array) yet from no connection. */
const foreign = 'WyJ4IiwieSJd';
const others = [
  Buffer.from(JSON.stringify(['2027-02-30', randomUUID()])).toString('base64url'),
  Buffer.from(JSON.stringify([1, 2, 3, 4, 5])).toString('base64url'),
  Buffer.from(JSON.stringify([{ a: 1 }, null])).toString('base64url'),
  Buffer.from(JSON.stringify(['2026-01-01T00:00:00.000Z', 'not-a-uuid'])).toString('base64url'),
];

describe('input a client got wrong is refused as such, never as an internal error', () => {
  let stack: Stack;
  const couple = randomUUID();
  const owner = randomUUID();
  const as = { couple: {} as Record<string, string>, owner: {} as Record<string, string> };
  let eventId: string;
  let vendorId: string;

  before(async () => {
    stack = await startStack({}, { workers: true });
    as.couple = { authorization: `Bearer ${await stack.issuer.sign(couple, 'COUPLE')}` };
    as.owner = { authorization: `Bearer ${await stack.issuer.sign(owner, 'VENDOR')}` };
    const event = await stack.query<{ createEvent: { event: { id: string } } }>(
      `mutation($input: CreateEventInput!) { createEvent(input: $input) { event { id } } }`,
      { input: { kind: 'WEDDING', title: 'Mariage', date: '2027-06-12' } },
      as.couple,
    );
    eventId = event.body.data!.createEvent.event.id;
    const vendor = await stack.query<{ createVendor: { vendor: { id: string } } }>(
      `mutation($input: CreateVendorInput!) { createVendor(input: $input) { vendor { id } } }`,
      { input: { name: 'Salle Rym', categoryId: categoryId('salle-des-fetes'), placeId: placeId.commune('1601') } },
      as.owner,
    );
    vendorId = vendor.body.data!.createVendor.vendor.id;
    // The event subgraph shows a vendor's bookings to its owner once it has heard of the vendor, which a change tells it.
    await stack.query(
      `mutation($input: UpdateVendorInput!) { updateVendor(input: $input) { vendor { id } } }`,
      { input: { id: vendorId, description: 'Une salle' } },
      as.owner,
    );
    await stack.drainJobs();
  });

  after(() => stack.stop());

  it('answers a well-formed cursor from no connection with BAD_USER_INPUT, on every connection', async () => {
    const connections: [string, string, Record<string, string>][] = [
      ['myEvents', `query($after: String) { myEvents(after: $after) { edges { cursor } } }`, as.couple],
      ['Event.bookings', `query($after: String) { event(id: "${eventId}") { bookings(after: $after) { edges { cursor } } } }`, as.couple],
      ['Vendor.reviews', `query($after: String) { vendor(id: "${vendorId}") { reviews(after: $after) { edges { cursor } } } }`, as.owner],
      ['Vendor.bookings', `query($after: String) { vendor(id: "${vendorId}") { bookings(after: $after) { edges { cursor } } } }`, as.owner],
      ['vendors', `query($after: String) { vendors(after: $after) { edges { cursor } } }`, {}],
      ['conversations', `query($after: String) { conversations(after: $after) { edges { cursor } } }`, as.couple],
      ['notifications', `query($after: String) { notifications(after: $after) { edges { cursor } } }`, as.couple],
    ];
    for (const [name, query, who] of connections) {
      for (const after of [foreign, ...others]) {
        const { body } = await stack.query(query, { after }, who);
        const codes = (body.errors ?? []).map((e) => e.extensions?.code);
        assert.deepEqual(codes, ['BAD_USER_INPUT'], `${name} after ${after}: ${JSON.stringify(body.errors)}`);
      }
    }
  });

  it('gives ten vendors created at once under one name ten different slugs', async () => {
    const name = `Traiteur Baraka ${randomUUID().slice(0, 8)}`;
    const create = () =>
      stack.query<{ createVendor: { vendor: { slug: string } } }>(
        `mutation($input: CreateVendorInput!) { createVendor(input: $input) { vendor { slug } } }`,
        { input: { name, categoryId: categoryId('salle-des-fetes'), placeId: placeId.commune('1601') } },
        as.owner,
      );
    const answers = await Promise.all(Array.from({ length: 10 }, create));
    for (const { body } of answers) assert.equal(body.errors, undefined, JSON.stringify(body.errors));
    const slugs = answers.map(({ body }) => body.data!.createVendor.vendor.slug);
    const base = name.toLowerCase().replaceAll(' ', '-');
    const expected = [base, ...Array.from({ length: 9 }, (_, i) => `${base}-${i + 2}`)];
    assert.deepEqual(slugs.toSorted(), expected.toSorted());
  });
});

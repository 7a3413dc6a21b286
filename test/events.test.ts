import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import { startStack, type Stack } from './support/stack.ts';

const create = `mutation Create($input: CreateEventInput!) { createEvent(input: $input) { event { id kind title date owner { id } } } }`;

describe('events through the gateway', () => {
  let stack: Stack;
  const couple = randomUUID();
  const other = randomUUID();
  let asCouple: Record<string, string>;
  let asOther: Record<string, string>;

  before(async () => {
    stack = await startStack();
    asCouple = { authorization: `Bearer ${await stack.issuer.sign(couple, 'COUPLE')}` };
    asOther = { authorization: `Bearer ${await stack.issuer.sign(other, 'COUPLE')}` };
  });
  after(() => stack.stop());

  it('creates an event owned by the signed-in couple', async () => {
    const { body } = await stack.query(
      create,
      { input: { kind: 'WEDDING', title: '  Mariage de Lina & Karim ', date: '2027-06-12' } },
      asCouple,
    );
    assert.equal(body.errors, undefined);
    const { event } = (body.data as { createEvent: { event: Record<string, unknown> } }).createEvent;
    assert.deepEqual(
      { ...event, id: undefined },
      { id: undefined, kind: 'WEDDING', title: 'Mariage de Lina & Karim', date: '2027-06-12', owner: { id: couple } },
    );
  });

  it('refuses anonymous callers with UNAUTHENTICATED', async () => {
    const { body } = await stack.query(create, { input: { kind: 'WEDDING', title: 'x', date: '2027-06-12' } });
    assert.equal(body.errors?.[0]?.extensions?.code, 'UNAUTHENTICATED');
  });

  it('names the bad field for an impossible date', async () => {
    const { body } = await stack.query(create, { input: { kind: 'HENNA', title: 'Henna', date: '2027-02-30' } }, asCouple);
    assert.equal(body.errors?.[0]?.extensions?.code, 'BAD_USER_INPUT');
    assert.equal(body.errors?.[0]?.extensions?.field, 'date');
  });

  it('pages "my events" soonest first, and shows nobody else\'s', async () => {
    for (const date of ['2027-09-01', '2027-01-15', '2027-03-20']) {
      await stack.query(create, { input: { kind: 'OTHER', title: `Event ${date}`, date } }, asCouple);
    }
    await stack.query(create, { input: { kind: 'OTHER', title: 'Not yours', date: '2026-12-31' } }, asOther);
    const page = `query Mine($after: String) { myEvents(first: 2, after: $after) { totalCount edges { node { date } } pageInfo { hasNextPage endCursor } } }`;
    type Page = {
      myEvents: { totalCount: number; edges: { node: { date: string } }[]; pageInfo: { hasNextPage: boolean; endCursor: string } };
    };
    const first = (await stack.query<Page>(page, {}, asCouple)).body.data!.myEvents;
    const second = (await stack.query<Page>(page, { after: first.pageInfo.endCursor }, asCouple)).body.data!.myEvents;
    assert.equal(first.totalCount, 4);
    assert.deepEqual(
      [...first.edges, ...second.edges].map((e) => e.node.date),
      ['2027-01-15', '2027-03-20', '2027-06-12', '2027-09-01'],
    );
    assert.equal(first.pageInfo.hasNextPage, true);
    assert.equal(second.pageInfo.hasNextPage, false);
  });

  it("answers another couple's event id as if it did not exist", async () => {
    const { body } = await stack.query<{ createEvent: { event: { id: string } } }>(
      create,
      { input: { kind: 'WEDDING', title: 'Private', date: '2027-05-05' } },
      asOther,
    );
    const id = body.data!.createEvent.event.id;
    const mine = await stack.query(`query E($id: ID!) { event(id: $id) { title } }`, { id }, asOther);
    const theirs = await stack.query(`query E($id: ID!) { event(id: $id) { title } }`, { id }, asCouple);
    assert.deepEqual(mine.body.data, { event: { title: 'Private' } });
    assert.deepEqual(theirs.body.data, { event: null });
  });

  it('refuses a token it cannot verify with HTTP 401', async () => {
    const { status, body } = await stack.query('{ myEvents { totalCount } }', {}, { authorization: 'Bearer not.a.token' });
    assert.equal(status, 401);
    assert.equal(body.errors?.[0]?.extensions?.code, 'UNAUTHENTICATED');
  });
});

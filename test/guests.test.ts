import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { codeOf, eventOf, ok, refused, user, type User } from './support/bookings.ts';
import { anonymous, downloadGuestList, guestOps, guestSheet, type GuestSummary } from './support/guests.ts';
import { startStack, type Stack } from './support/stack.ts';

interface GuestView {
  id: string;
  name: string;
  partySize: number;
  rsvp: string;
  attending: number | null;
  invitationToken: string;
  [field: string]: unknown;
}

describe('guests: the list, its sheet and the households’ answers', () => {
  let stack: Stack;
  let couple: User, stranger: User, staff: User;
  let eventId: string;

  before(async () => {
    stack = await startStack();
    [couple, stranger, staff] = await Promise.all([user(stack, 'COUPLE'), user(stack, 'COUPLE'), user(stack, 'STAFF')]);
    eventId = await eventOf(stack, couple);
  });
  after(() => stack.stop());

  async function allGuests(id: string, who = couple): Promise<GuestView[]> {
    const guests: GuestView[] = [];
    let cursor: string | null = null;
    for (;;) {
      const event: { guests: { edges: { node: GuestView }[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } } } = await ok(
        stack,
        guestOps.guests,
        { id, first: 100, after: cursor },
        who,
      );
      guests.push(...event.guests.edges.map((e) => e.node));
      if (!event.guests.pageInfo.hasNextPage) return guests;
      cursor = event.guests.pageInfo.endCursor;
    }
  }
  const summaryOf = async (id: string) => (await ok<{ guestSummary: GuestSummary }>(stack, guestOps.summary, { id }, couple)).guestSummary;

  it('adds, changes and removes a household, for the event’s owners only', async () => {
    const { guest } = await ok<{ guest: GuestView }>(
      stack,
      guestOps.add,
      { input: { eventId, name: 'Famille Benali', partySize: 4, side: 'GROOM', tags: ['voisins', 'voisins'], phone: '0555 12 34 56' } },
      couple,
    );
    assert.deepEqual(
      [guest.name, guest.partySize, guest.side, guest.tags, guest.rsvp],
      ['Famille Benali', 4, 'GROOM', ['voisins'], 'PENDING'],
    );
    assert.match(guest.invitationToken, /^[A-Za-z0-9_-]{43}$/);

    const changed = await ok<{ guest: GuestView }>(
      stack,
      guestOps.update,
      { input: { id: guest.id, partySize: 5, phone: null, table: 'Table 3' } },
      couple,
    );
    assert.deepEqual(
      [changed.guest.partySize, changed.guest.phone, changed.guest.table, changed.guest.name],
      [5, null, 'Table 3', 'Famille Benali'],
    );

    // Someone else's event and household answer exactly like missing ones, at the gateway...
    assert.equal(
      codeOf(await refused(stack, guestOps.add, { input: { eventId, name: 'Intrus', partySize: 1, side: 'BOTH' } }, stranger)),
      'NOT_FOUND',
    );
    assert.equal(codeOf(await refused(stack, guestOps.update, { input: { id: guest.id, name: 'Intrus' } }, stranger)), 'NOT_FOUND');
    assert.equal(codeOf(await refused(stack, guestOps.remove, { input: { id: guest.id } }, stranger)), 'NOT_FOUND');
    const seen = await stack.query<{ event: unknown }>(guestOps.guests, { id: eventId }, stranger.headers);
    assert.equal(seen.body.data?.event, null);
    // ...staff, who may open any event, still do not see its guests...
    const asStaff = await stack.query(guestOps.guests, { id: eventId }, staff.headers);
    assert.equal(asStaff.body.errors?.[0]?.extensions?.code, 'FORBIDDEN');
    // ...and at the subgraph itself, reached without the gateway.
    const direct = await stack.direct(
      'event',
      { query: guestOps.update, variables: { input: { id: guest.id, name: 'Intrus' } } },
      stranger.headers,
    );
    const directBody = (await direct.json()) as { errors?: { extensions?: { code?: string } }[] };
    assert.equal(directBody.errors?.[0]?.extensions?.code, 'NOT_FOUND');
    assert.equal(
      codeOf(await refused(stack, guestOps.add, { input: { eventId, name: 'Sans compte', partySize: 1, side: 'BOTH' } }, anonymous)),
      'UNAUTHENTICATED',
    );

    assert.equal((await ok<{ id: string }>(stack, guestOps.remove, { input: { id: guest.id } }, couple)).id, guest.id);
    assert.equal((await allGuests(eventId)).length, 0);
  });

  it('imports a sheet whole or not at all, naming every bad cell by line and column', async () => {
    const bad = [
      'name,party_size,side,tags,email',
      'Famille Haddad,3,BRIDE,cousins,',
      'Famille Saidi,deux,GROOM,,',
      '"Famille ""Kaci""",2,both,,kaci@example.dz',
      ',2,FAMILY,,',
      'Famille Ouali,1,BOTH,,pas-une-adresse',
    ].join('\r\n');
    const body = await refused(stack, guestOps.import, { input: { eventId, csv: bad } }, couple);
    assert.equal(codeOf(body), 'BAD_USER_INPUT');
    assert.deepEqual(body.errors![0]!.extensions!.errors, [
      { line: 3, column: 'party_size', message: 'a whole number from 1 to 50' },
      { line: 5, column: 'name', message: 'name is required' },
      { line: 5, column: 'side', message: 'BRIDE, GROOM or BOTH' },
      { line: 6, column: 'email', message: 'an email address' },
    ]);
    assert.match(body.errors![0]!.message, /4 errors \(first: line 3, column party_size/);
    assert.equal((await allGuests(eventId)).length, 0, 'nothing of a bad sheet is written');

    const unknown = await refused(stack, guestOps.import, { input: { eventId, csv: 'nom,party_size\nA,1\n' } }, couple);
    assert.deepEqual(
      (unknown.errors![0]!.extensions!.errors as { line: number; column: string }[]).map((e) => [e.line, e.column]),
      [
        [1, 'nom'],
        [1, 'name'],
      ],
    );
    const unclosed = await refused(stack, guestOps.import, { input: { eventId, csv: 'name\nA\n"B\n' } }, couple);
    assert.deepEqual(unclosed.errors![0]!.extensions!.errors, [{ line: 3, column: null, message: 'a quoted cell is never closed' }]);
    const tooBig = await refused(stack, guestOps.import, { input: { eventId, csv: guestSheet(3001) } }, couple);
    assert.equal(codeOf(tooBig), 'PAYLOAD_TOO_LARGE');
    assert.equal(codeOf(await refused(stack, guestOps.import, { input: { eventId, csv: guestSheet(2) } }, stranger)), 'NOT_FOUND');

    const { imported } = await ok<{ imported: number }>(stack, guestOps.import, { input: { eventId, csv: guestSheet(45) } }, couple);
    assert.equal(imported, 45);
    const first = await ok<{ guests: { totalCount: number; edges: { node: GuestView }[]; pageInfo: { endCursor: string } } }>(
      stack,
      guestOps.guests,
      { id: eventId, first: 20 },
      couple,
    );
    assert.equal(first.guests.totalCount, 45);
    assert.deepEqual(
      first.guests.edges.slice(0, 2).map((e) => e.node.name),
      ['Famille 0000', 'Famille 0001'],
    );
    const second = await ok<{ guests: { edges: { node: GuestView }[] } }>(
      stack,
      guestOps.guests,
      { id: eventId, first: 20, after: first.guests.pageInfo.endCursor },
      couple,
    );
    assert.equal(second.guests.edges[0]!.node.name, 'Famille 0020');
    const cousins = await ok<{ guests: { totalCount: number } }>(
      stack,
      guestOps.guests,
      { id: eventId, filter: { tag: 'cousins', side: 'BRIDE' } },
      couple,
    );
    assert.equal(cousins.guests.totalCount, 7, 'odd households from the bride’s side: 3, 9, 15, 21, 27, 33, 39');
    const summary = await summaryOf(eventId);
    assert.equal(summary.households, 45);
    assert.equal(
      summary.invited,
      Array.from({ length: 45 }, (_, i) => 1 + (i % 5)).reduce((a, b) => a + b),
    );
  });

  it('exports the list as a download on the gateway’s origin that imports back as the same list', async () => {
    const event = await eventOf(stack, couple);
    const tricky = [
      {
        name: 'Famille "Ait Ahmed", Tizi',
        partySize: 3,
        side: 'BRIDE',
        tags: ['kabylie', 'oncles'],
        dietaryNotes: 'végétarien\nsans arachides',
      },
      {
        name: 'عائلة بن علي',
        partySize: 6,
        side: 'GROOM',
        phone: '+213 661 22 33 44',
        email: 'benali@example.dz',
        table: 'Table d’honneur',
      },
      { name: '=HYPERLINK("http://example.com")', partySize: 1, side: 'BOTH', dietaryNotes: '  espaces  ' },
    ];
    for (const input of tricky) await ok(stack, guestOps.add, { input: { eventId: event, ...input } }, couple);
    const first = (await allGuests(event)).find((g) => g.partySize === 6);
    await ok(stack, guestOps.respond, { input: { token: first!.invitationToken, status: 'ATTENDING', partySize: 2 } }, anonymous);

    const download = await downloadGuestList(stack, event, couple);
    assert.equal(download.status, 200);
    assert.equal(download.headers.get('content-type'), 'text/csv; charset=utf-8');
    assert.match(download.headers.get('content-disposition') ?? '', /^attachment; filename="guests-2027-07-01\.csv"$/);
    assert.equal(download.headers.get('cache-control'), 'private, no-store');
    assert.ok(download.text.startsWith('\uFEFFname,party_size,side,tags,phone,email,dietary_notes,table,rsvp,attending\r\n'));
    assert.ok(download.text.includes(`"'=HYPERLINK(""http://example.com"")"`), 'a formula-looking cell is defused');

    assert.equal((await downloadGuestList(stack, event)).status, 401);
    assert.equal((await downloadGuestList(stack, event, stranger)).status, 404);
    assert.equal((await downloadGuestList(stack, event, staff)).status, 404);
    assert.equal((await downloadGuestList(stack, 'not-an-id', couple)).status, 404);

    const copy = await eventOf(stack, couple);
    await ok(stack, guestOps.import, { input: { eventId: copy, csv: download.text } }, couple);
    const strip = (g: GuestView) => {
      const { id: _id, invitationToken: _token, respondedAt: _at, rsvpNote: _note, ...rest } = g;
      return rest;
    };
    assert.deepEqual((await allGuests(copy)).map(strip), (await allGuests(event)).map(strip));
    assert.equal((await downloadGuestList(stack, copy, couple)).text, download.text, 'a second round trip changes nothing');
  });

  it('lets a household answer with its token alone, and the couple sees it at once', async () => {
    const event = await eventOf(stack, couple);
    await ok(stack, guestOps.import, { input: { eventId: event, csv: guestSheet(6) } }, couple);
    const guests = await allGuests(event);
    assert.equal(new Set(guests.map((g) => g.invitationToken)).size, 6, 'each household its own link');
    const household = guests.find((g) => g.partySize === 4)!;

    const seen = await ok<{ guestName: string; partySize: number; rsvp: string; eventTitle: string; eventDate: string }>(
      stack,
      guestOps.invitation,
      { token: household.invitationToken },
      anonymous,
    );
    assert.deepEqual(
      [seen.guestName, seen.partySize, seen.rsvp, seen.eventTitle, seen.eventDate],
      [household.name, 4, 'PENDING', 'Mariage', '2027-07-01'],
    );

    const before = await summaryOf(event);
    const answer = await ok<{ invitation: { rsvp: string; attending: number; note: string } }>(
      stack,
      guestOps.respond,
      { input: { token: household.invitationToken, status: 'ATTENDING', partySize: 3, note: 'Mabrouk !' } },
      anonymous,
    );
    assert.deepEqual(answer.invitation, { guestName: household.name, partySize: 4, rsvp: 'ATTENDING', attending: 3, note: 'Mabrouk !' });
    const after = await summaryOf(event);
    assert.equal(after.attending, before.attending + 3);
    assert.deepEqual(
      after.byStatus.find((s) => s.status === 'ATTENDING'),
      { status: 'ATTENDING', households: 1, people: 3 },
    );
    assert.equal(after.byStatus.find((s) => s.status === 'PENDING')!.households, 5);
    assert.equal(after.bySide.find((s) => s.side === household.side)!.attending, 3);

    await ok(stack, guestOps.respond, { input: { token: household.invitationToken, status: 'DECLINED' } }, anonymous);
    const declined = await summaryOf(event);
    assert.deepEqual(
      declined.byStatus.find((s) => s.status === 'DECLINED'),
      { status: 'DECLINED', households: 1, people: 4 },
    );
    assert.equal(declined.attending, 0);

    const tooMany = await refused(
      stack,
      guestOps.respond,
      { input: { token: household.invitationToken, status: 'ATTENDING', partySize: 5 } },
      anonymous,
    );
    assert.equal(codeOf(tooMany), 'BAD_USER_INPUT');
    const wrong = household.invitationToken.slice(0, -4) + (household.invitationToken.endsWith('AAAA') ? 'BBBB' : 'AAAA');
    assert.equal(codeOf(await refused(stack, guestOps.invitation, { token: wrong }, anonymous)), 'NOT_FOUND');
    assert.equal(codeOf(await refused(stack, guestOps.respond, { input: { token: wrong, status: 'ATTENDING' } }, anonymous)), 'NOT_FOUND');
    assert.equal(codeOf(await refused(stack, guestOps.invitation, { token: "' OR 1=1 --" }, anonymous)), 'NOT_FOUND');
    assert.equal((await summaryOf(event)).byStatus.find((s) => s.status === 'DECLINED')!.households, 1, 'a wrong token changed nothing');

    await ok(stack, guestOps.remove, { input: { id: household.id } }, couple);
    assert.equal(codeOf(await refused(stack, guestOps.invitation, { token: household.invitationToken }, anonymous)), 'NOT_FOUND');
  });
});

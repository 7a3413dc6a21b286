import { randomUUID } from 'node:crypto';
import type { User } from './bookings.ts';
import type { Stack } from './stack.ts';

export const guestFields = `id name partySize side tags phone email dietaryNotes table rsvp attending rsvpNote respondedAt invitationToken`;

/** Someone with an invitation link and no account: requests go without an Authorization header. */
export const anonymous: User = { id: randomUUID(), headers: {} as User['headers'] };

export const guestOps = {
  add: `mutation($input: AddGuestInput!) { addGuest(input: $input) { guest { ${guestFields} } } }`,
  update: `mutation($input: UpdateGuestInput!) { updateGuest(input: $input) { guest { ${guestFields} } } }`,
  remove: `mutation($input: RemoveGuestInput!) { removeGuest(input: $input) { id } }`,
  import: `mutation($input: ImportGuestsInput!) { importGuests(input: $input) { imported event { id } } }`,
  guests: `query($id: ID!, $filter: GuestFilter, $first: Int, $after: String) { event(id: $id) {
    guests(filter: $filter, first: $first, after: $after) { totalCount edges { cursor node { ${guestFields} } } pageInfo { hasNextPage endCursor } } } }`,
  summary: `query($id: ID!) { event(id: $id) { guestSummary { households invited attending
    byStatus { status households people } bySide { side households invited attending } } } }`,
  invitation: `query($token: String!) { invitation(token: $token) { guestName partySize rsvp attending note respondedAt eventTitle eventKind eventDate } }`,
  respond: `mutation($input: RespondToInvitationInput!) { respondToInvitation(input: $input) { invitation { guestName partySize rsvp attending note } } }`,
};

export interface GuestSummary {
  households: number;
  invited: number;
  attending: number;
  byStatus: { status: string; households: number; people: number }[];
  bySide: { side: string; households: number; invited: number; attending: number }[];
}

/** Downloads an event's guest list from the gateway's origin, as a browser would with the owner's token. */
export async function downloadGuestList(stack: Stack, eventId: string, who?: User) {
  const res = await fetch(`${stack.origin}/events/${eventId}/guests.csv`, { headers: who?.headers ?? {} });
  // Decoded keeping the byte-order mark, which `res.text()` would drop.
  return { status: res.status, headers: res.headers, text: new TextDecoder('utf-8', { ignoreBOM: true }).decode(await res.arrayBuffer()) };
}

/** A sheet of `count` households as a couple would type it: sides, tags, a phone, an email now and then. */
export function guestSheet(count: number, offset = 0): string {
  const sides = ['BRIDE', 'GROOM', 'BOTH'];
  const lines = ['name,party_size,side,tags,phone,email,dietary_notes,table'];
  for (let i = offset; i < offset + count; i++) {
    lines.push(
      [
        `Famille ${String(i).padStart(4, '0')}`,
        String(1 + (i % 5)),
        sides[i % 3],
        i % 2 ? 'cousins;Tizi' : 'travail',
        i % 4 ? `+213 555 ${String(100000 + i).slice(-6)}` : '',
        i % 7 ? '' : `famille${i}@example.dz`,
        i % 11 ? '' : 'sans gluten',
        `Table ${1 + (i % 20)}`,
      ].join(','),
    );
  }
  return lines.join('\n') + '\n';
}

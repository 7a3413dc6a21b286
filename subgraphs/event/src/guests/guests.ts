import { randomBytes } from 'node:crypto';
import { badInput, isUuid, notFound, parseInput, unauthenticated, type Viewer } from '@zaffa/shared';
import type { DataSource, EntityManager } from 'typeorm';
import { ownsEvent } from '../entities/Event.ts';
import { addGuestInput, updateGuestInput, type NewGuest } from './inputs.ts';
import { eventOfOwner } from './owners.ts';
import { guestColumns, type GuestRow } from './rows.ts';

/** A guest list longer than any wedding's: it bounds an export and what one event can hold. */
export const MAX_GUESTS_PER_EVENT = 5000;

/** The secret of an invitation link: 32 random bytes, so guessing one is hopeless. */
export const newInvitationToken = () => randomBytes(32).toString('base64url');

/**
 * Adds households to an event in the caller's transaction, in the order given, after locking the event so two
 * imports at once cannot pass the limit together.
 */
export async function insertGuests(m: EntityManager, eventId: string, guests: NewGuest[]): Promise<GuestRow[]> {
  await m.query(`SELECT 1 FROM events WHERE id = $1 FOR UPDATE`, [eventId]);
  const [{ count }] = await m.query(`SELECT count(*)::int AS count FROM guests WHERE event_id = $1`, [eventId]);
  if (count + guests.length > MAX_GUESTS_PER_EVENT) {
    throw badInput('eventId', `An event holds at most ${MAX_GUESTS_PER_EVENT} households; it has ${count}`);
  }
  const column = <T>(pick: (g: NewGuest) => T) => guests.map(pick);
  return m.query(
    `INSERT INTO guests AS g (event_id, name, party_size, side, tags, phone, email, dietary_notes, seating, rsvp, attending,
                              responded_at, invitation_token)
     SELECT $1, name, party_size, side, coalesce(string_to_array(tags, chr(31)), '{}'), phone, email, dietary_notes, seating,
            rsvp, attending, CASE WHEN rsvp <> 'PENDING' THEN now() END, token
     FROM unnest($2::text[], $3::int[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[], $9::text[], $10::text[],
                 $11::int[], $12::text[])
       WITH ORDINALITY AS t(name, party_size, side, tags, phone, email, dietary_notes, seating, rsvp, attending, token, n)
     ORDER BY n
     RETURNING ${guestColumns}`,
    [
      eventId,
      column((g) => g.name),
      column((g) => g.partySize),
      column((g) => g.side),
      // Arrays of arrays cannot be ragged in Postgres: each row's tags travel joined by a unit separator.
      column((g) => (g.tags?.length ? g.tags.join('\u001f') : null)),
      column((g) => g.phone ?? null),
      column((g) => g.email ?? null),
      column((g) => g.dietaryNotes ?? null),
      column((g) => g.table ?? null),
      column((g) => g.rsvp ?? 'PENDING'),
      column((g) => g.attending ?? null),
      column(() => newInvitationToken()),
    ],
  );
}

export async function addGuest(db: DataSource, viewer: Viewer | null, raw: unknown): Promise<GuestRow> {
  const { eventId, ...guest } = parseInput(addGuestInput, raw);
  return db.transaction(async (m) => {
    const event = await eventOfOwner(m, viewer, eventId);
    const [row] = await insertGuests(m, event.id, [guest]);
    return row!;
  });
}

/** The household, locked, when the viewer owns its event; anyone else's answers like a missing one. */
async function ownedGuest(m: EntityManager, viewer: Viewer | null, id: string): Promise<GuestRow> {
  if (!viewer) throw unauthenticated();
  const [guest]: GuestRow[] = isUuid(id) ? await m.query(`SELECT ${guestColumns} FROM guests g WHERE g.id = $1 FOR UPDATE`, [id]) : [];
  const [event] = guest
    ? await m.query(`SELECT owner_id AS "ownerId", partner_id AS "partnerId" FROM events WHERE id = $1`, [guest.eventId])
    : [];
  if (!guest || !event || !ownsEvent(event, viewer.id)) throw notFound('Guest');
  return guest;
}

export async function updateGuest(db: DataSource, viewer: Viewer | null, raw: unknown): Promise<GuestRow> {
  const input = parseInput(updateGuestInput, raw);
  return db.transaction(async (m) => {
    const guest = await ownedGuest(m, viewer, input.id);
    const partySize = input.partySize ?? guest.partySize;
    // A smaller invitation than the household's answer brings the answer down with it.
    const attending = guest.attending === null ? null : Math.min(guest.attending, partySize);
    const [[row]] = await m.query(
      `UPDATE guests g SET name = $2, party_size = $3, side = $4, tags = $5, phone = $6, email = $7, dietary_notes = $8,
              seating = $9, attending = $10, updated_at = now()
       WHERE g.id = $1 RETURNING ${guestColumns}`,
      [
        guest.id,
        input.name ?? guest.name,
        partySize,
        input.side ?? guest.side,
        input.tags === undefined ? guest.tags : (input.tags ?? []),
        input.phone === undefined ? guest.phone : input.phone,
        input.email === undefined ? guest.email : input.email,
        input.dietaryNotes === undefined ? guest.dietaryNotes : input.dietaryNotes,
        input.table === undefined ? guest.table : input.table,
        attending,
      ],
    );
    return row as GuestRow;
  });
}

export async function removeGuest(db: DataSource, viewer: Viewer | null, raw: { id: string }): Promise<string> {
  return db.transaction(async (m) => {
    const guest = await ownedGuest(m, viewer, raw.id);
    await m.query(`DELETE FROM guests WHERE id = $1`, [guest.id]);
    return guest.id;
  });
}

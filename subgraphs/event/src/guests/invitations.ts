import { badInput, notFound, parseInput } from '@zaffa/shared';
import type { DataSource, EntityManager } from 'typeorm';
import { respondInput } from './inputs.ts';
import type { InvitationRow } from './rows.ts';

const invitationColumns = `g.name AS "guestName", g.party_size AS "partySize", g.rsvp, g.attending, g.rsvp_note AS "note",
  g.responded_at AS "respondedAt", e.title AS "eventTitle", e.kind AS "eventKind", to_char(e.date, 'YYYY-MM-DD') AS "eventDate"`;

const badPartySize = (invited: number) => badInput('partySize', `partySize: the invitation is for ${invited} at most`);

const plausible = (token: string) => /^[A-Za-z0-9_-]{20,200}$/.test(token);

async function invitationOf(db: DataSource | EntityManager, token: string): Promise<InvitationRow> {
  const [row]: InvitationRow[] = plausible(token)
    ? await db.query(`SELECT ${invitationColumns} FROM guests g JOIN events e ON e.id = g.event_id WHERE g.invitation_token = $1`, [token])
    : [];
  if (!row) throw notFound('Invitation');
  return row;
}

/** What the link's holder sees: anyone with the token, signed in or not (the gateway's rate limit keeps guessing slow). */
export const invitation = (db: DataSource, token: string) => invitationOf(db, token);

/**
 * The household answers, as often as it likes until the day: the last answer stands. Coming, the party size is
 * the invitation's unless they say fewer; declining, nobody comes.
 */
export async function respondToInvitation(db: DataSource, raw: unknown): Promise<InvitationRow> {
  const input = parseInput(respondInput, raw);
  return db.transaction(async (m) => {
    const [guest]: { id: string; partySize: number }[] = plausible(input.token)
      ? await m.query(`SELECT id, party_size AS "partySize" FROM guests WHERE invitation_token = $1 FOR UPDATE`, [input.token])
      : [];
    if (!guest) throw notFound('Invitation');
    if (input.status !== 'DECLINED' && input.partySize != null && input.partySize > guest.partySize) {
      throw badPartySize(guest.partySize);
    }
    const attending = input.status === 'DECLINED' ? null : (input.partySize ?? guest.partySize);
    await m.query(`UPDATE guests SET rsvp = $2, attending = $3, rsvp_note = $4, responded_at = now(), updated_at = now() WHERE id = $1`, [
      guest.id,
      input.status,
      attending,
      input.note ?? null,
    ]);
    return invitationOf(m, input.token);
  });
}

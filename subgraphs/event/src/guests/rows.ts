import type { EventKind } from '../entities/Event.ts';

export type GuestSide = 'BRIDE' | 'GROOM' | 'BOTH';
export type RsvpStatus = 'PENDING' | 'ATTENDING' | 'MAYBE' | 'DECLINED';

/** One invited household, as the `guests` table holds it. */
export interface GuestRow {
  id: string;
  eventId: string;
  name: string;
  partySize: number;
  side: GuestSide;
  tags: string[];
  phone: string | null;
  email: string | null;
  dietaryNotes: string | null;
  table: string | null;
  rsvp: RsvpStatus;
  attending: number | null;
  rsvpNote: string | null;
  respondedAt: Date | null;
  invitationToken: string;
  createdAt: Date;
}

/** The columns of `guests` under the names of `GuestRow`, for `SELECT ${guestColumns} FROM guests g`. */
export const guestColumns = `g.id, g.event_id AS "eventId", g.name, g.party_size AS "partySize", g.side, g.tags, g.phone, g.email,
  g.dietary_notes AS "dietaryNotes", g.seating AS "table", g.rsvp, g.attending, g.rsvp_note AS "rsvpNote",
  g.responded_at AS "respondedAt", g.invitation_token AS "invitationToken", g.created_at AS "createdAt"`;

/** What the holder of an invitation link sees. */
export interface InvitationRow {
  guestName: string;
  partySize: number;
  rsvp: RsvpStatus;
  attending: number | null;
  note: string | null;
  respondedAt: Date | null;
  eventTitle: string;
  eventKind: EventKind;
  eventDate: string;
}

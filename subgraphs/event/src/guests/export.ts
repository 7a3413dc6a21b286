import type { DataSource } from 'typeorm';
import { formatCsv } from './csv.ts';
import { MAX_GUESTS_PER_EVENT } from './guests.ts';
import { guestCsvColumns } from './import.ts';
import { guestColumns, type GuestRow } from './rows.ts';

/** The whole guest list as a sheet, in the order households were added, with the columns `importGuests` reads back. */
export async function guestListCsv(db: DataSource, eventId: string): Promise<string> {
  const guests: GuestRow[] = await db.query(`SELECT ${guestColumns} FROM guests g WHERE g.event_id = $1 ORDER BY g.seq LIMIT $2`, [
    eventId,
    MAX_GUESTS_PER_EVENT,
  ]);
  const rows = guests.map((g) => [
    g.name,
    String(g.partySize),
    g.side,
    g.tags.join(';'),
    g.phone ?? '',
    g.email ?? '',
    g.dietaryNotes ?? '',
    g.table ?? '',
    g.rsvp,
    g.attending === null ? '' : String(g.attending),
  ]);
  return formatCsv([[...guestCsvColumns], ...rows]);
}

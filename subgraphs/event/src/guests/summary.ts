import type { DataSource } from 'typeorm';
import type { GuestSide, RsvpStatus } from './rows.ts';

const statuses: RsvpStatus[] = ['PENDING', 'ATTENDING', 'MAYBE', 'DECLINED'];
const sides: GuestSide[] = ['BRIDE', 'GROOM', 'BOTH'];

/**
 * Households and people of an event by answer and by side, read fresh each time so an answer shows at once. People
 * of an ATTENDING household are those coming; of any other, the invitation's party size.
 */
export async function guestSummary(db: DataSource, eventId: string) {
  const rows: { rsvp: RsvpStatus; side: GuestSide; households: number; invited: number; attending: number }[] = await db.query(
    `SELECT rsvp, side, count(*)::int AS households, sum(party_size)::int AS invited,
            coalesce(sum(attending) FILTER (WHERE rsvp = 'ATTENDING'), 0)::int AS attending
     FROM guests WHERE event_id = $1 GROUP BY rsvp, side`,
    [eventId],
  );
  const total = (pick: (r: (typeof rows)[number]) => number, keep: (r: (typeof rows)[number]) => boolean = () => true) =>
    rows.filter(keep).reduce((sum, r) => sum + pick(r), 0);
  return {
    households: total((r) => r.households),
    invited: total((r) => r.invited),
    attending: total((r) => r.attending),
    byStatus: statuses.map((status) => ({
      status,
      households: total(
        (r) => r.households,
        (r) => r.rsvp === status,
      ),
      people: total(
        (r) => (status === 'ATTENDING' ? r.attending : r.invited),
        (r) => r.rsvp === status,
      ),
    })),
    bySide: sides.map((side) => ({
      side,
      households: total(
        (r) => r.households,
        (r) => r.side === side,
      ),
      invited: total(
        (r) => r.invited,
        (r) => r.side === side,
      ),
      attending: total(
        (r) => r.attending,
        (r) => r.side === side,
      ),
    })),
  };
}

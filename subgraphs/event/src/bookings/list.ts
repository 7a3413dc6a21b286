import { decodeCursor, encodeCursor, pageSize, type PageArgs } from '@zaffa/shared';
import type { DataSource } from 'typeorm';
import { BookingEntity, type BookingState } from '../entities/Booking.ts';

/** Bookings of one event or one vendor, newest first, keyset-paged on (created_at, id). */
export async function listBookings(
  db: DataSource,
  by: { eventId: string } | { vendorId: string },
  args: PageArgs & { states?: readonly BookingState[] | null },
) {
  const first = pageSize(args.first);
  const query = db.getRepository(BookingEntity).createQueryBuilder('b');
  if ('eventId' in by) query.where('b.event_id = :eventId', by);
  else query.where('b.vendor_id = :vendorId', by);
  if (args.states && args.states.length > 0) query.andWhere('b.state IN (:...states)', { states: args.states });
  const totalCount = await query.clone().getCount();
  if (args.after) {
    const [createdAt, id] = decodeCursor(args.after, ['timestamp', 'uuid']);
    // Compared at the cursor's own precision (milliseconds), so rows in the same millisecond are neither lost nor repeated.
    query.andWhere(`(date_trunc('milliseconds', b.created_at), b.id) < (:createdAt, :id)`, { createdAt, id });
  }
  const rows = await query
    .orderBy(`date_trunc('milliseconds', b.created_at)`, 'DESC')
    .addOrderBy('b.id', 'DESC')
    .limit(first + 1)
    .getMany();
  const edges = rows.slice(0, first).map((node) => ({ node, cursor: encodeCursor([node.createdAt.toISOString(), node.id]) }));
  return { totalCount, edges, pageInfo: { hasNextPage: rows.length > first, endCursor: edges.at(-1)?.cursor ?? null } };
}

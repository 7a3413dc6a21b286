import { decodeCursor, encodeCursor, pageSize, type PageArgs } from '@zaffa/shared';
import type { DataSource } from 'typeorm';
import { ReviewEntity } from '../entities/Review.ts';

/** A vendor's visible reviews, newest first, keyset-paged on (created_at at millisecond precision, id). */
export async function listReviews(db: DataSource, vendorId: string, args: PageArgs) {
  const first = pageSize(args.first);
  const query = db
    .getRepository(ReviewEntity)
    .createQueryBuilder('r')
    .where('r.vendor_id = :vendorId AND r.hidden_at IS NULL', { vendorId });
  const totalCount = await query.clone().getCount();
  if (args.after) {
    const [createdAt, id] = decodeCursor(args.after, ['timestamp', 'uuid']);
    query.andWhere(`(date_trunc('milliseconds', r.created_at), r.id) < (:createdAt, :id)`, { createdAt, id });
  }
  const rows = await query
    .orderBy(`date_trunc('milliseconds', r.created_at)`, 'DESC')
    .addOrderBy('r.id', 'DESC')
    .limit(first + 1)
    .getMany();
  const edges = rows.slice(0, first).map((node) => ({ node, cursor: encodeCursor([node.createdAt.toISOString(), node.id]) }));
  return { totalCount, edges, pageInfo: { hasNextPage: rows.length > first, endCursor: edges.at(-1)?.cursor ?? null } };
}

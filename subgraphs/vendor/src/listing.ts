import { decodeCursor, encodeCursor, pageSize, type PageArgs } from '@zaffa/shared';
import type { DataSource } from 'typeorm';
import { VendorEntity, type VendorRow } from './entities/Vendor.ts';

/** Published vendors newest first, keyset-paged on (created_at, id) so pages stay stable while rows are added. */
export async function listPublishedVendors(db: DataSource, args: PageArgs) {
  const first = pageSize(args.first);
  const repo = db.getRepository(VendorEntity);
  const query = repo.createQueryBuilder('v').where(`v.status = 'PUBLISHED'`);
  const totalCount = await query.clone().getCount();
  if (args.after) {
    const [createdAt, id] = decodeCursor(args.after);
    query.andWhere('(v.created_at, v.id) < (:createdAt, :id)', { createdAt, id });
  }
  const rows = await query.orderBy('v.created_at', 'DESC').addOrderBy('v.id', 'DESC').take(first + 1).getMany();
  const page = rows.slice(0, first);
  const edges = page.map((node: VendorRow) => ({ node, cursor: encodeCursor([node.createdAt.toISOString(), node.id]) }));
  return { totalCount, edges, pageInfo: { hasNextPage: rows.length > first, endCursor: edges.at(-1)?.cursor ?? null } };
}

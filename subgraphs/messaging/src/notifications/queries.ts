import { decodeCursor, encodeCursor, pageSize, type PageArgs } from '@zaffa/shared';
import type { DataSource } from 'typeorm';
import { markNotificationsReadInput } from '../inputs.ts';
import { parseInput } from '@zaffa/shared';
import type { NotificationRow } from '../rows.ts';

/** The user's notifications, newest first, keyset-paged on (created_at, id). */
export async function notificationsOf(db: DataSource, userId: string, args: PageArgs & { unreadOnly?: boolean | null }) {
  const first = pageSize(args.first);
  const params: unknown[] = [userId, first + 1, args.unreadOnly === true];
  let after = '';
  if (args.after) {
    const [at, id] = decodeCursor(args.after, ['timestamp', 'uuid']);
    params.push(at, id);
    after = `AND (created_at, id) < ($4::timestamptz, $5::uuid)`;
  }
  const rows = (await db.query(
    `SELECT * FROM notifications WHERE user_id = $1 AND (NOT $3 OR read_at IS NULL) ${after}
      ORDER BY created_at DESC, id DESC LIMIT $2`,
    params,
  )) as NotificationRow[];
  const edges = rows.slice(0, first).map((node) => ({ node, cursor: encodeCursor([node.created_at.toISOString(), node.id]) }));
  return { edges, pageInfo: { hasNextPage: rows.length > first, endCursor: edges.at(-1)?.cursor ?? null } };
}

export async function unreadNotificationsOf(db: Pick<DataSource, 'query'>, userId: string): Promise<number> {
  const [row] = (await db.query(`SELECT count(*)::int AS n FROM notifications WHERE user_id = $1 AND read_at IS NULL`, [userId])) as {
    n: number;
  }[];
  return row!.n;
}

/** Marks the named notifications (only the user's own) or all of them read; answers how many stay unread. */
export async function markNotificationsRead(db: DataSource, userId: string, raw: unknown): Promise<number> {
  const input = parseInput(markNotificationsReadInput, raw);
  await db.query(
    `UPDATE notifications SET read_at = now() WHERE user_id = $1 AND read_at IS NULL AND ($2::boolean OR id = ANY($3::uuid[]))`,
    [userId, input.all === true, input.ids ?? []],
  );
  return unreadNotificationsOf(db, userId);
}

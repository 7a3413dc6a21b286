import { decodeCursor, encodeCursor, pageSize, type PageArgs } from '@zaffa/shared';
import { badInput } from '@zaffa/shared';
import type { DataSource } from 'typeorm';
import type { ConversationRow, MessageRow } from '../rows.ts';

/** The user's conversations on either side, newest activity first, keyset-paged on (last_message_at, id). */
export async function conversationsOf(db: DataSource, userId: string, args: PageArgs) {
  const first = pageSize(args.first);
  const params: unknown[] = [userId, first + 1];
  let after = '';
  if (args.after) {
    const [at, id] = decodeCursor(args.after, ['timestamp', 'uuid']);
    params.push(at, id);
    after = `AND (last_message_at, id) < ($3::timestamptz, $4::uuid)`;
  }
  // Two index scans, one per side, merged: a couple and a vendor owner use different indexes.
  const rows = (await db.query(
    `SELECT * FROM (
       (SELECT * FROM conversations WHERE couple_id = $1 ${after} ORDER BY last_message_at DESC, id DESC LIMIT $2)
       UNION
       (SELECT * FROM conversations WHERE vendor_owner_id = $1 ${after} ORDER BY last_message_at DESC, id DESC LIMIT $2)
     ) c ORDER BY last_message_at DESC, id DESC LIMIT $2`,
    params,
  )) as ConversationRow[];
  const edges = rows.slice(0, first).map((node) => ({ node, cursor: encodeCursor([node.last_message_at.toISOString(), node.id]) }));
  return { edges, pageInfo: { hasNextPage: rows.length > first, endCursor: edges.at(-1)?.cursor ?? null } };
}

/** A page of a conversation's messages ending just before `before` (or at the newest), oldest first. */
export async function messagesOf(db: DataSource, conversationId: string, args: { last?: number | null; before?: string | null }) {
  const last = args.last ?? 20;
  if (!Number.isInteger(last) || last < 0 || last > 100) throw badInput('last', 'last must be between 0 and 100');
  let before: string | null = null;
  if (args.before) {
    const [seq] = decodeCursor(args.before, ['integer'], 'before');
    before = String(seq);
  }
  const rows = (await db.query(
    `SELECT * FROM messages WHERE conversation_id = $1 AND ($2::bigint IS NULL OR seq < $2::bigint) ORDER BY seq DESC LIMIT $3`,
    [conversationId, before, last + 1],
  )) as MessageRow[];
  const page = rows.slice(0, last).reverse();
  const edges = page.map((node) => ({ node, cursor: encodeCursor([node.seq]) }));
  return { edges, pageInfo: { hasPreviousPage: rows.length > last, startCursor: edges[0]?.cursor ?? null } };
}

/** Every message from others the user has not read, over all their conversations. */
export async function unreadMessagesOf(db: DataSource, userId: string): Promise<number> {
  const [row] = (await db.query(
    `SELECT count(*)::int AS n FROM conversations c
       JOIN messages m ON m.conversation_id = c.id
       LEFT JOIN conversation_reads r ON r.conversation_id = c.id AND r.user_id = $1
      WHERE (c.couple_id = $1 OR c.vendor_owner_id = $1) AND m.sender_id <> $1 AND m.seq > coalesce(r.last_read_seq, 0)`,
    [userId],
  )) as { n: number }[];
  return row!.n;
}

import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import type { ConversationRow, MessageRow, ResponseStatsRow } from './rows.ts';

/** A loader of rows by a key column: one query for every key asked for in a tick. */
function byKey<R extends Record<string, unknown>>(db: DataSource, table: string, column: string) {
  return new DataLoader<string, R | null>(async (keys) => {
    const rows = (await db.query(`SELECT * FROM ${table} WHERE ${column} = ANY($1::uuid[])`, [keys])) as R[];
    const found = new Map(rows.map((r) => [r[column] as string, r]));
    return keys.map((k) => found.get(k) ?? null);
  });
}

export interface ReadReceipt {
  user_id: string;
  last_read_seq: string;
}

export function createLoaders(db: DataSource) {
  return {
    conversation: byKey<ConversationRow & Record<string, unknown>>(db, 'conversations', 'id'),
    message: byKey<MessageRow & Record<string, unknown>>(db, 'messages', 'id'),
    responseStats: byKey<ResponseStatsRow & Record<string, unknown>>(db, 'vendor_response_stats', 'vendor_id'),
    bookingConversation: byKey<{ booking_id: string; conversation_id: string }>(db, 'booking_conversations', 'booking_id'),
    /** How far each participant has read, per conversation. */
    reads: new DataLoader<string, ReadReceipt[]>(async (ids) => {
      const rows = (await db.query(
        `SELECT conversation_id, user_id, last_read_seq FROM conversation_reads WHERE conversation_id = ANY($1::uuid[])`,
        [ids],
      )) as (ReadReceipt & { conversation_id: string })[];
      return ids.map((id) => rows.filter((r) => r.conversation_id === id));
    }),
    /** Messages from others a user has not read, per `<conversationId>/<userId>`. */
    unread: new DataLoader<string, number>(async (keys) => {
      const pairs = keys.map((k) => k.split('/') as [string, string]);
      const rows = (await db.query(
        `SELECT k.conversation_id, k.user_id, (SELECT count(*)::int FROM messages m
            WHERE m.conversation_id = k.conversation_id AND m.sender_id <> k.user_id
              AND m.seq > coalesce((SELECT last_read_seq FROM conversation_reads r
                                     WHERE r.conversation_id = k.conversation_id AND r.user_id = k.user_id), 0)) AS unread
           FROM unnest($1::uuid[], $2::uuid[]) AS k(conversation_id, user_id)`,
        [pairs.map((p) => p[0]), pairs.map((p) => p[1])],
      )) as { conversation_id: string; user_id: string; unread: number }[];
      const found = new Map(rows.map((r) => [`${r.conversation_id}/${r.user_id}`, r.unread]));
      return keys.map((k) => found.get(k) ?? 0);
    }),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;

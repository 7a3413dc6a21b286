import { writeEvent } from '@zaffa/shared';
import type { DataSource } from 'typeorm';

/**
 * Every vendor's median time from a couple's first message to the vendor's first reply, and the share of
 * conversations it replied to, over conversations started in the last 90 days. Vendors whose figures moved
 * are reported to the vendor subgraph (search filters on them), in the same transaction as the new figures.
 */
export function computeResponseStats(db: DataSource) {
  return async () =>
    db.transaction(async (tx) => {
      const changed = (await tx.query(`
        WITH firsts AS (
          SELECT c.vendor_id,
                 (SELECT min(m.created_at) FROM messages m WHERE m.conversation_id = c.id AND m.sender_id = c.couple_id) AS asked,
                 c.id, c.vendor_owner_id
            FROM conversations c WHERE c.created_at > now() - interval '90 days'
        ), replies AS (
          SELECT f.vendor_id, f.asked,
                 (SELECT min(m.created_at) FROM messages m
                   WHERE m.conversation_id = f.id AND m.sender_id = f.vendor_owner_id AND m.created_at >= f.asked) AS replied
            FROM firsts f WHERE f.asked IS NOT NULL
        ), stats AS (
          SELECT vendor_id,
                 round(percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM replied - asked))
                   FILTER (WHERE replied IS NOT NULL))::int AS median_reply_s,
                 (count(replied)::real / count(*))::real AS reply_rate,
                 count(*)::int AS conversation_count
            FROM replies GROUP BY vendor_id
        )
        INSERT INTO vendor_response_stats AS v (vendor_id, median_reply_s, reply_rate, conversation_count, computed_at)
        SELECT vendor_id, median_reply_s, reply_rate, conversation_count, now() FROM stats
        ON CONFLICT (vendor_id) DO UPDATE SET median_reply_s = EXCLUDED.median_reply_s, reply_rate = EXCLUDED.reply_rate,
              conversation_count = EXCLUDED.conversation_count, computed_at = EXCLUDED.computed_at
          WHERE (v.median_reply_s, v.reply_rate, v.conversation_count)
                IS DISTINCT FROM (EXCLUDED.median_reply_s, EXCLUDED.reply_rate, EXCLUDED.conversation_count)
        RETURNING vendor_id, median_reply_s, reply_rate, computed_at`)) as {
        vendor_id: string;
        median_reply_s: number | null;
        reply_rate: number | null;
        computed_at: Date;
      }[];
      for (const row of changed) {
        await writeEvent(tx, 'vendor', 'responseStatsChanged', {
          vendorId: row.vendor_id,
          medianReplySeconds: row.median_reply_s,
          replyRate: row.reply_rate === null ? null : Math.round(row.reply_rate * 1000) / 1000,
          observedAt: row.computed_at.toISOString(),
        });
      }
      return { vendors: changed.length };
    });
}

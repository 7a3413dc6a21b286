import type { ResponseStatsResolvers } from '../__generated__/resolvers-types.ts';

export const ResponseStats: ResponseStatsResolvers = {
  medianReplySeconds: (s) => s.median_reply_s,
  replyRate: (s) => s.reply_rate,
  conversationCount: (s) => s.conversation_count,
  computedAt: (s) => s.computed_at.toISOString(),
};

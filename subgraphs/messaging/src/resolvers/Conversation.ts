import type { ConversationResolvers } from '../__generated__/resolvers-types.ts';
import { takesPart } from '../conversations/participants.ts';
import { messagesOf } from '../conversations/queries.ts';

export const Conversation: ConversationResolvers = {
  __resolveReference: async (ref, { loaders, viewer }) => {
    const conversation = await loaders.conversation.load(ref.id);
    return conversation && viewer && takesPart(conversation, viewer.id) ? conversation : null;
  },
  couple: (c) => ({ id: c.couple_id }),
  vendor: (c) => ({ id: c.vendor_id }),
  lastMessage: (c, _args, { loaders }) => (c.last_message_id ? loaders.message.load(c.last_message_id) : null),
  lastMessageAt: (c) => c.last_message_at.toISOString(),
  unreadCount: (c, _args, { loaders, viewer }) => (viewer ? loaders.unread.load(`${c.id}/${viewer.id}`) : 0),
  messages: (c, args, { deps }) => messagesOf(deps.db, c.id, args),
  createdAt: (c) => c.created_at.toISOString(),
};

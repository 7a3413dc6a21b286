import type { MessageResolvers } from '../__generated__/resolvers-types.ts';
import { takesPart } from '../conversations/participants.ts';

export const Message: MessageResolvers = {
  __resolveReference: async (ref, { loaders, viewer }) => {
    const message = await loaders.message.load(ref.id);
    const conversation = message && (await loaders.conversation.load(message.conversation_id));
    return message && conversation && viewer && takesPart(conversation, viewer.id) ? message : null;
  },
  conversation: async (m, _args, { loaders }) => (await loaders.conversation.load(m.conversation_id))!,
  sender: (m) => ({ id: m.sender_id }),
  clientMessageId: (m) => m.client_message_id,
  readByOthers: async (m, _args, { loaders }) =>
    (await loaders.reads.load(m.conversation_id)).some((r) => r.user_id !== m.sender_id && BigInt(r.last_read_seq) >= BigInt(m.seq)),
  createdAt: (m) => m.created_at.toISOString(),
};

import type { MessageResolvers } from '../__generated__/resolvers-types.ts';

/** The media subgraph's part of a message: the sender's own uploads attached to it, for signed-in viewers. */
export const Message: MessageResolvers = {
  attachments: async (message, _args, { loaders, viewer }) => (viewer ? loaders.messageAttachments.load(message.id) : []),
};

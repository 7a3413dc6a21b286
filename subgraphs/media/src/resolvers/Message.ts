import type { MessageResolvers } from '../__generated__/resolvers-types.ts';
import { targetKey } from '../loaders.ts';

/** The media subgraph's part of a message: the sender's own uploads attached to it, for signed-in viewers. */
export const Message: MessageResolvers = {
  attachments: async (message, _args, { loaders, viewer }) =>
    viewer && message.sender?.id ? loaders.attached.load(targetKey('MESSAGE', message.id, message.sender.id)) : [],
};

import type { MessageResolvers } from '../__generated__/resolvers-types.ts';
import { targetKey } from '../loaders.ts';

/** The media subgraph's part of a message: the sender's own uploads attached to it, seen by the conversation's participants. */
export const Message: MessageResolvers = {
  attachments: (message, _args, { loaders }) => loaders.attached.load(targetKey('MESSAGE', message.id)),
};

import { unauthenticated, type Viewer } from '@zaffa/shared';
import type { MutationResolvers } from '../__generated__/resolvers-types.ts';
import type { Context } from '../context.ts';
import { markConversationRead, sendMessage, startConversation } from '../conversations/commands.ts';
import { registerDevice, unregisterDevice } from '../devices.ts';
import { markNotificationsRead } from '../notifications/queries.ts';

const signedIn = (ctx: Context): Viewer => {
  if (!ctx.viewer) throw unauthenticated();
  return ctx.viewer;
};

export const Mutation: MutationResolvers = {
  startConversation: (_parent, { input }, ctx) => startConversation(ctx.deps.db, signedIn(ctx), input),
  sendMessage: async (_parent, { input }, ctx) => ({ message: await sendMessage(ctx.deps.db, signedIn(ctx), input) }),
  markConversationRead: async (_parent, { input }, ctx) => {
    const conversation = await markConversationRead(ctx.deps.db, ctx.deps.events, signedIn(ctx), input);
    ctx.loaders.reads.clear(conversation.id);
    return { conversation };
  },
  markNotificationsRead: async (_parent, { input }, ctx) => ({
    unreadNotifications: await markNotificationsRead(ctx.deps.db, signedIn(ctx).id, input),
  }),
  registerDevice: async (_parent, { input }, ctx) => ({ device: await registerDevice(ctx.deps.db, signedIn(ctx).id, input) }),
  unregisterDevice: async (_parent, { input }, ctx) => ({ removed: await unregisterDevice(ctx.deps.db, signedIn(ctx).id, input) }),
};

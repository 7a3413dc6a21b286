import { notFound, unauthenticated, type MessageAddedEvent } from '@zaffa/shared';
import type { SubscriptionResolvers } from '../__generated__/resolvers-types.ts';
import type { Context } from '../context.ts';
import { findConversationFor } from '../conversations/commands.ts';
import { takesPart } from '../conversations/participants.ts';
import { createLoaders } from '../loaders.ts';
import type { NotificationRow } from '../rows.ts';
import { rowsOfEvents } from '../subscriptions/rowsOfEvents.ts';
import {
  conversationMessagesTopic,
  userConversationsTopic,
  userNotificationsTopic,
  type ConversationUpdatedEvent,
  type NotificationAddedEvent,
} from '../subscriptions/topics.ts';

/**
 * A subscription keeps one context for its whole life; each event gets fresh loaders, so a result never shows
 * what an earlier event cached (an unread count, a read receipt). Events of one subscription run one at a time.
 */
function freshLoaders(ctx: Context) {
  ctx.loaders = createLoaders(ctx.deps.db);
  return ctx.loaders;
}

const signedIn = (ctx: Context, what: string) => {
  if (!ctx.viewer) throw unauthenticated(`Sign in to follow ${what}`);
  return ctx.viewer;
};

export const Subscription: SubscriptionResolvers = {
  messageAdded: {
    subscribe: async (_parent, { conversationId }, ctx) => {
      const viewer = signedIn(ctx, 'a conversation');
      // Anyone but its two participants is told the conversation does not exist, as `Query.conversation` does.
      const conversation = await findConversationFor(ctx.deps.db, viewer, conversationId);
      if (!conversation) throw notFound('Conversation');
      const events = await ctx.deps.events.subscribe<MessageAddedEvent>([conversationMessagesTopic(conversation.id)]);
      return rowsOfEvents('messageAdded', events, async ({ messageId }) => {
        const loaders = freshLoaders(ctx);
        // Checked again per message: an owner who handed the vendor over no longer reads its conversations.
        const [message, now] = await Promise.all([loaders.message.load(messageId), loaders.conversation.load(conversation.id)]);
        return message?.conversation_id === conversation.id && now && takesPart(now, viewer.id) ? message : null;
      }) as never;
    },
  },
  conversationUpdated: {
    subscribe: async (_parent, _args, ctx) => {
      const viewer = signedIn(ctx, 'your conversations');
      const events = await ctx.deps.events.subscribe<ConversationUpdatedEvent>([userConversationsTopic(viewer.id)]);
      return rowsOfEvents('conversationUpdated', events, async ({ conversationId }) => {
        const conversation = await freshLoaders(ctx).conversation.load(conversationId);
        return conversation && takesPart(conversation, viewer.id) ? conversation : null;
      }) as never;
    },
  },
  notificationAdded: {
    subscribe: async (_parent, _args, ctx) => {
      const viewer = signedIn(ctx, 'your notifications');
      const events = await ctx.deps.events.subscribe<NotificationAddedEvent>([userNotificationsTopic(viewer.id)]);
      return rowsOfEvents('notificationAdded', events, async ({ notificationId }) => {
        const [row] = (await ctx.deps.db.query(`SELECT * FROM notifications WHERE id = $1 AND user_id = $2`, [
          notificationId,
          viewer.id,
        ])) as NotificationRow[];
        return row ?? null;
      }) as never;
    },
  },
};

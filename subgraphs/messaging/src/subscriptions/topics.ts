import { conversationMessagesTopic, type EventBus } from '@zaffa/shared';

export { conversationMessagesTopic };

/** A user's conversations that changed (a new message, a read receipt, their unread count): `{ conversationId }`. */
export const userConversationsTopic = (userId: string) => `user.conversations:${userId}`;

/** A user's new notifications: `{ notificationId }`. */
export const userNotificationsTopic = (userId: string) => `user.notifications:${userId}`;

export interface ConversationUpdatedEvent {
  conversationId: string;
}

export interface NotificationAddedEvent {
  notificationId: string;
}

/** Tells each participant their view of the conversation changed. Call after the change committed. */
export async function publishConversationUpdated(events: EventBus, conversationId: string, userIds: string[]): Promise<void> {
  await Promise.all(
    [...new Set(userIds)].map((id) => events.publish(userConversationsTopic(id), { conversationId } satisfies ConversationUpdatedEvent)),
  );
}

import { conversationMessagesTopic, type EventBus, type JobPayload, type Logger, type MessageAddedEvent } from '@zaffa/shared';
import { learnTarget } from './learnTarget.ts';
import type { MediaServices } from './services.ts';

/**
 * `media.attachToMessage` (from messaging): links the sender's own uploads to the message, in the order sent, for
 * the conversation's participants to see. Anyone else's media named in a message is ignored, so a message can
 * never show a stranger's upload; a redelivered event changes nothing. Once linked (committed), the message is
 * announced to its conversation's subscribers: messaging holds back a message with attachments until then.
 */
export function attachToMessage(media: MediaServices, log: Logger, events: EventBus) {
  return async ({ messageId, senderId, mediaIds, participantIds, conversationId }: JobPayload<'media', 'attachToMessage'>) => {
    // A message never changes its conversation: its first report is its only one.
    await learnTarget(media.db, {
      type: 'MESSAGE',
      id: messageId,
      ownerIds: [senderId],
      viewerIds: participantIds,
      public: false,
      version: 1,
    });
    const [, attached] = (await media.db.query(
      `INSERT INTO attachments (media_id, target_type, target_id, position)
       SELECT m.id, 'MESSAGE', $1, w.position FROM unnest($3::uuid[]) WITH ORDINALITY AS w(id, position)
         JOIN media m ON m.id = w.id AND m.owner_id = $2 AND m.status <> 'FAILED'
       ON CONFLICT DO NOTHING`,
      [messageId, senderId, mediaIds],
    )) as [unknown, number];
    if (attached < mediaIds.length)
      log.info({ messageId, named: mediaIds.length, attached }, 'some media of a message were not the sender’s');
    if (conversationId) await events.publish(conversationMessagesTopic(conversationId), { messageId } satisfies MessageAddedEvent);
    return { attached };
  };
}

/**
 * Where a conversation's new messages are announced (`{ messageId }`), for `messageAdded`. The messaging subgraph
 * owns it; media announces a message that carries attachments once it has linked them, so the message reaches
 * its subscribers with its photos rather than before them.
 */
export const conversationMessagesTopic = (conversationId: string) => `conversation.messages:${conversationId}`;

export interface MessageAddedEvent {
  messageId: string;
}

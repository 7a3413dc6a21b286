export { EventBus, type PublishedEvent } from './eventBus.ts';
export { EventStream, EventBufferOverflow } from './eventStream.ts';
export { subscribeWithTimes, type TimedEvent } from './mapEvents.ts';
export { serveSubgraphSubscriptions, type SubgraphSubscriptionOptions } from './subscriptionServer.ts';
export { conversationMessagesTopic, type MessageAddedEvent } from './messageTopic.ts';

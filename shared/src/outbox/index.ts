export { writeEvent, writeEvents, outboxChannel, type WriteEventOptions } from './writeEvent.ts';
export { startOutboxRelay, startOwnOutboxRelay, type OutboxRelay, type OutboxRelayOptions, type RelayedEvent } from './relay.ts';

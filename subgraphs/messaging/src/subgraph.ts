import { readFileSync } from 'node:fs';
import type { SubgraphDefinition } from '@zaffa/shared';
import { messagingConfig, type MessagingSettings } from './config.ts';
import type { Context } from './context.ts';
import { createLoaders } from './loaders.ts';
import { migrations } from './migrations/index.ts';
import { resolvers } from './resolvers/index.ts';
import { publishRelayed } from './subscriptions/publishRelayed.ts';

export const messaging: SubgraphDefinition<Context, MessagingSettings> = {
  name: 'messaging',
  config: messagingConfig,
  typeDefs: readFileSync(new URL('./schema.graphql', import.meta.url), 'utf8'),
  resolvers,
  entities: [],
  migrations,
  outbox: { onRelayed: (deps) => publishRelayed(deps.db, deps.events) },
  // Starting a conversation sends its first message.
  businessFields: { 'Mutation.startConversation': 'message_sent', 'Mutation.sendMessage': 'message_sent' },
  context: (base, deps) => ({ ...base, deps, loaders: createLoaders(deps.db) }),
};

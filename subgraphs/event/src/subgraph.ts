import { readFileSync } from 'node:fs';
import type { SubgraphDefinition } from '@zaffa/shared';
import { eventConfig } from './config.ts';
import type { Context } from './context.ts';
import { EventEntity } from './entities/Event.ts';
import { ReviewEntity } from './entities/Review.ts';
import { createLoaders } from './loaders.ts';
import { migrations } from './migrations/index.ts';
import { resolvers } from './resolvers/index.ts';

export const event: SubgraphDefinition<Context> = {
  name: 'event',
  typeDefs: readFileSync(new URL('./schema.graphql', import.meta.url), 'utf8'),
  resolvers,
  entities: [EventEntity, ReviewEntity],
  migrations,
  config: eventConfig,
  context: (base, deps) => ({ ...base, deps, loaders: createLoaders(deps.db) }),
};

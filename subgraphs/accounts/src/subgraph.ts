import { readFileSync } from 'node:fs';
import type { SubgraphDefinition } from '@zaffa/shared';
import type { Context } from './context.ts';
import { UserEntity } from './entities/User.ts';
import { createLoaders } from './loaders.ts';
import { migrations } from './migrations/index.ts';
import { resolvers } from './resolvers/index.ts';

export const accounts: SubgraphDefinition<Context> = {
  name: 'accounts',
  typeDefs: readFileSync(new URL('./schema.graphql', import.meta.url), 'utf8'),
  resolvers,
  entities: [UserEntity],
  migrations,
  context: (base, deps) => ({ ...base, deps, loaders: createLoaders(deps.db) }),
};

import { readFileSync } from 'node:fs';
import type { SubgraphDefinition } from '@zaffa/shared';
import type { Context } from './context.ts';
import { CategoryEntity } from './entities/Category.ts';
import { OfferEntity } from './entities/Offer.ts';
import { PlaceEntity } from './entities/Place.ts';
import { VendorEntity } from './entities/Vendor.ts';
import { createLoaders } from './loaders.ts';
import { migrations } from './migrations/index.ts';
import { resolvers } from './resolvers/index.ts';

export const vendor: SubgraphDefinition<Context> = {
  name: 'vendor',
  typeDefs: readFileSync(new URL('./schema.graphql', import.meta.url), 'utf8'),
  resolvers,
  entities: [VendorEntity, CategoryEntity, PlaceEntity, OfferEntity],
  migrations,
  context: (base, deps) => ({ ...base, deps, loaders: createLoaders(deps.db) }),
};

import { readFileSync } from 'node:fs';
import type { SubgraphDefinition } from '@zaffa/shared';
import type { Context, VendorDeps } from './context.ts';
import { CategoryEntity } from './entities/Category.ts';
import { OfferEntity } from './entities/Offer.ts';
import { PlaceEntity } from './entities/Place.ts';
import { VendorEntity } from './entities/Vendor.ts';
import { createLoaders } from './loaders.ts';
import { migrations } from './migrations/index.ts';
import { referenceData } from './referenceData.ts';
import { resolvers } from './resolvers/index.ts';
import { createSearchCache, type SearchCache } from './search/searchCache.ts';
import { vendorConfig, type VendorSettings } from './config.ts';

/** One search cache per process, so identical searches in flight share one computation. */
const searchCaches = new WeakMap<VendorDeps, SearchCache>();
function searchCacheOf(deps: VendorDeps): SearchCache {
  let cache = searchCaches.get(deps);
  if (!cache) searchCaches.set(deps, (cache = createSearchCache(deps)));
  return cache;
}

export const vendor: SubgraphDefinition<Context, VendorSettings> = {
  name: 'vendor',
  typeDefs: readFileSync(new URL('./schema.graphql', import.meta.url), 'utf8'),
  resolvers,
  entities: [VendorEntity, CategoryEntity, PlaceEntity, OfferEntity],
  migrations,
  config: vendorConfig,
  // Read before the first request, so no request waits for it (and a database without them stops the start).
  plugins: (deps) => [{ serverWillStart: async () => void (await referenceData(deps.db)) }],
  context: (base, deps) => ({ ...base, deps, loaders: createLoaders(deps.db), searchCache: searchCacheOf(deps) }),
};

import { openDatabase, type SubgraphJobs } from '@zaffa/shared';
import { vendorJobsConfig } from '../config.ts';
import { CategoryEntity } from '../entities/Category.ts';
import { OfferEntity } from '../entities/Offer.ts';
import { PlaceEntity } from '../entities/Place.ts';
import { VendorEntity } from '../entities/Vendor.ts';
import { migrations } from '../migrations/index.ts';
import { searchGeneration } from '../search/generation.ts';
import { vendorHandlers } from './ratings.ts';
import { searchHandlers } from './search.ts';

/** The vendor subgraph's queues, `search` and `vendor`, run by the workers process on the vendor database. */
export const vendorJobs: SubgraphJobs = async ({ env, log, redis, jobs, queuePrefix, metrics }) => {
  const config = vendorJobsConfig.load(env);
  const db = await openDatabase({
    serverUrl: config.DATABASE_URL,
    name: `${config.DATABASE_PREFIX}_vendor`,
    entities: [VendorEntity, CategoryEntity, PlaceEntity, OfferEntity],
    migrations,
    log,
    poolSize: 4,
  });
  metrics.watchPool(db);
  const deps = {
    db,
    log,
    jobs,
    reconcileEveryMs: config.SEARCH_RECONCILE_INTERVAL_MS,
    searchGeneration: searchGeneration(redis, queuePrefix),
  };
  return {
    handlers: { search: searchHandlers(deps), vendor: vendorHandlers(deps) },
    // Catch up index rows and terms whose job was lost; schedulers with fixed ids, so every worker process agrees on one.
    schedule: async () => {
      const every = { every: config.SEARCH_RECONCILE_INTERVAL_MS };
      await jobs.queue('search').upsertJobScheduler('search-reconcile', every, { name: 'reconcileIndex', data: {} });
      await jobs.queue('vendor').upsertJobScheduler('vendor-terms-reconcile', every, { name: 'reconcileTerms', data: {} });
    },
    ready: () => db.query('SELECT 1'),
    close: () => db.destroy(),
  };
};

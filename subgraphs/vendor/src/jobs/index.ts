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
export const vendorJobs: SubgraphJobs = async ({ env, log, redis, jobs, queuePrefix }) => {
  const config = vendorJobsConfig.load(env);
  const db = await openDatabase({
    serverUrl: config.DATABASE_URL,
    name: `${config.DATABASE_PREFIX}_vendor`,
    entities: [VendorEntity, CategoryEntity, PlaceEntity, OfferEntity],
    migrations,
    log,
    poolSize: 4,
  });
  // Catches up index rows whose job was lost; a scheduler with a fixed id, so every worker process agrees on one.
  await jobs
    .queue('search')
    .upsertJobScheduler('search-reconcile', { every: config.SEARCH_RECONCILE_INTERVAL_MS }, { name: 'reconcileIndex', data: {} });
  const deps = { db, log, searchGeneration: searchGeneration(redis, queuePrefix) };
  return {
    handlers: { search: searchHandlers(deps), vendor: vendorHandlers(deps) },
    ready: () => db.query('SELECT 1'),
    close: () => db.destroy(),
  };
};

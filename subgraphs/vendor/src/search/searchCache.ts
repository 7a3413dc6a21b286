import { createHash } from 'node:crypto';
import type { VendorDeps } from '../context.ts';
import { searchGeneration } from './generation.ts';
import type { SearchPlan } from './plan.ts';
import type { SearchPage } from './run.ts';
import type { SearchMode } from './types.ts';

/** What a search computes, the same for every viewer: the index holds only published vendors, and nodes are loaded per request. */
export interface SearchAnswer {
  mode: SearchMode;
  page: SearchPage;
}

/**
 * Past this, Redis is taken as away and the search is computed, so a hung Redis costs a search little. Not shorter:
 * on a busy process the timer can fire before an answer already arrived is read, and a false miss adds database load.
 */
const REDIS_WAIT_MS = 500;

function within<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => reject(new Error(`Redis did not answer in ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/** Everything the answer depends on, in a fixed order; categories sorted, since their order changes nothing. */
export function planKey(plan: SearchPlan): string {
  const fields = [
    plan.terms,
    plan.categoryIds && [...plan.categoryIds].sort(),
    plan.place?.id ?? null,
    plan.near,
    plan.maxPrice,
    plan.minCapacity,
    plan.minRating,
    plan.availableOn,
    plan.maxMedianReplySeconds,
    plan.minReplyRate,
    plan.sort,
    plan.first,
    plan.after,
  ];
  return createHash('sha256').update(JSON.stringify(fields)).digest('base64url');
}

/**
 * Search answers kept in Redis for SEARCH_CACHE_TTL_S under the catalogue generation, so a change is findable as
 * soon as its reindex bumps the generation. Identical searches arriving together in one process share one computation.
 */
export function createSearchCache(deps: VendorDeps) {
  const ttl = deps.settings.SEARCH_CACHE_TTL_S;
  const prefix = deps.settings.QUEUE_PREFIX;
  const generation = searchGeneration(deps.redis, prefix);
  const inFlight = new Map<string, Promise<SearchAnswer>>();
  const count = (outcome: 'hit' | 'miss' | 'joined' | 'unavailable') => deps.metrics.cacheLookups.inc({ cache: 'vendor_search', outcome });

  async function lookup(plan: SearchPlan): Promise<{ key: string; answer: SearchAnswer | null } | null> {
    if (deps.redis.status !== 'ready') return null;
    try {
      const key = `${prefix}:search:answer:${await within(generation.current(), REDIS_WAIT_MS)}:${planKey(plan)}`;
      const stored = await within(deps.redis.get(key), REDIS_WAIT_MS);
      return { key, answer: stored ? (JSON.parse(stored) as SearchAnswer) : null };
    } catch (err) {
      deps.log.warn({ err }, 'search cache unavailable; computing the answer');
      return null;
    }
  }

  return {
    /** The cached answer to `plan`, or `compute`'s, then kept. Errors are never kept. */
    async through(plan: SearchPlan, compute: () => Promise<SearchAnswer>): Promise<SearchAnswer> {
      if (ttl === 0) return compute();
      const found = await lookup(plan);
      if (!found) {
        count('unavailable');
        return compute();
      }
      if (found.answer) {
        count('hit');
        return found.answer;
      }
      const pending = inFlight.get(found.key);
      if (pending) {
        count('joined');
        return pending;
      }
      count('miss');
      const computing = compute().finally(() => inFlight.delete(found.key));
      inFlight.set(found.key, computing);
      const answer = await computing;
      deps.redis
        .set(found.key, JSON.stringify(answer), 'EX', ttl)
        .catch((err: unknown) => deps.log.warn({ err }, 'could not keep a search answer'));
      return answer;
    },
  };
}

export type SearchCache = ReturnType<typeof createSearchCache>;

import type { GatewayConfig } from '@apollo/gateway';
import { InMemoryLRUCache } from '@apollo/utils.keyvaluecache';
import type { Metrics } from '@zaffa/shared';

/**
 * The gateway's query plans by operation, bounded by their approximate size in memory (as the stock
 * store measures them); each lookup is counted, so /metrics shows the hit rate
 * (`cache_lookups_total{cache="query_plan"}`).
 */
type PlanCache = NonNullable<NonNullable<GatewayConfig['queryPlannerConfig']>['cache']>;
type QueryPlan = NonNullable<Awaited<ReturnType<PlanCache['get']>>>;

export function measuredPlanCache(maxMiB: number, metrics?: Metrics): PlanCache {
  const plans = new InMemoryLRUCache<QueryPlan>({
    maxSize: maxMiB * 2 ** 20,
    sizeCalculation: (plan) => Buffer.byteLength(JSON.stringify(plan), 'utf8'),
  });
  return {
    async get(key) {
      const plan = await plans.get(key);
      metrics?.cacheLookups.inc({ cache: 'query_plan', outcome: plan ? 'hit' : 'miss' });
      return plan;
    },
    set: (key, plan) => plans.set(key, plan),
    delete: (key) => plans.delete(key),
    clear: () => plans.clear(),
  };
}

import { ApolloGateway } from '@apollo/gateway';
import type { Logger, Metrics } from '@zaffa/shared';
import type { GatewayConfig } from './config.ts';
import { measuredPlanCache } from './fetching/planCache.ts';
import { SubgraphFetcher } from './fetching/subgraphFetcher.ts';
import { SubgraphSource } from './subgraphSource.ts';

/** The federated executor over a supergraph file; `<NAME>_URL` variables point a subgraph elsewhere. */
export function createGateway(
  config: GatewayConfig,
  log: Logger,
  metrics?: Metrics,
): { gateway: ApolloGateway; close: () => Promise<void> } {
  const fetchers: SubgraphFetcher[] = [];
  const gateway = new ApolloGateway({
    supergraphSdl: config.supergraphSdl,
    logger: log,
    queryPlannerConfig: { cache: measuredPlanCache(config.GATEWAY_QUERY_PLAN_CACHE_MIB, metrics) },
    buildService: ({ name, url }) => {
      const target = config.subgraphUrls[name] ?? url;
      if (!target) throw new Error(`supergraph gives no URL for subgraph ${name}`);
      const fetcher = new SubgraphFetcher(name, target, {
        dedup: config.GATEWAY_DEDUP_QUERIES,
        connections: config.GATEWAY_SUBGRAPH_CONNECTIONS,
        metrics,
      });
      fetchers.push(fetcher);
      return new SubgraphSource(name, target, fetcher);
    },
  });
  return { gateway, close: async () => void (await Promise.all(fetchers.map((f) => f.close()))) };
}

import { ApolloGateway, type GraphQLDataSource } from '@apollo/gateway';
import { SUBGRAPH_SECRET_HEADER, type Logger, type Metrics, type Tracing } from '@zaffa/shared';
import type { GatewayConfig } from './config.ts';
import { measuredPlanCache } from './fetching/planCache.ts';
import { SubgraphFetcher } from './fetching/subgraphFetcher.ts';
import { subgraphFetchDuration } from './subgraphFetchMetrics.ts';
import { SubgraphSource } from './subgraphSource.ts';

/**
 * The federated executor over a supergraph file; `<NAME>_URL` variables point a subgraph elsewhere.
 * Each data source it builds is also kept in `sources` (subscriptions reuse them).
 */
export function createGateway(
  config: GatewayConfig,
  log: Logger,
  metrics: Metrics,
  tracing: Tracing,
  sources = new Map<string, GraphQLDataSource>(),
): { gateway: ApolloGateway; close: () => Promise<void> } {
  // Otherwise @apollo/gateway probes cloud metadata addresses (169.254.169.254) and exports usage metrics to Apollo.
  process.env.APOLLO_TELEMETRY_DISABLED = 'true';
  const fetchDuration = subgraphFetchDuration(metrics);
  const fetchers: SubgraphFetcher[] = [];
  // Subgraphs answer only calls that carry this key.
  const gatewayHeaders = { [SUBGRAPH_SECRET_HEADER]: config.subgraphSecret };
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
        gatewayHeaders,
      });
      fetchers.push(fetcher);
      const source = new SubgraphSource(name, target, fetcher, fetchDuration, tracing);
      sources.set(name, source);
      return source;
    },
  });
  return { gateway, close: async () => void (await Promise.all(fetchers.map((f) => f.close()))) };
}

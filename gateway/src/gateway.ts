import { ApolloGateway, type GraphQLDataSource } from '@apollo/gateway';
import type { Logger, Metrics, Tracing } from '@zaffa/shared';
import { subgraphFetchDuration } from './subgraphFetchMetrics.ts';
import type { GatewayConfig } from './config.ts';
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
): ApolloGateway {
  // Otherwise @apollo/gateway probes cloud metadata addresses (169.254.169.254) and exports usage metrics to Apollo.
  process.env.APOLLO_TELEMETRY_DISABLED = 'true';
  const fetchDuration = subgraphFetchDuration(metrics);
  return new ApolloGateway({
    supergraphSdl: config.supergraphSdl,
    logger: log,
    buildService: ({ name, url }) => {
      const target = config.subgraphUrls[name] ?? url;
      if (!target) throw new Error(`supergraph gives no URL for subgraph ${name}`);
      const source = new SubgraphSource(name, target, fetchDuration, tracing);
      sources.set(name, source);
      return source;
    },
  });
}

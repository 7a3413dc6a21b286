import { ApolloGateway, type GraphQLDataSource } from '@apollo/gateway';
import type { Logger } from '@zaffa/shared';
import type { GatewayConfig } from './config.ts';
import { SubgraphSource } from './subgraphSource.ts';

/**
 * The federated executor over a supergraph file; `<NAME>_URL` variables point a subgraph elsewhere.
 * Each data source it builds is also kept in `sources` (subscriptions reuse them).
 */
export function createGateway(config: GatewayConfig, log: Logger, sources = new Map<string, GraphQLDataSource>()): ApolloGateway {
  // Otherwise @apollo/gateway probes cloud metadata addresses (169.254.169.254) and exports usage metrics to Apollo.
  process.env.APOLLO_TELEMETRY_DISABLED = 'true';
  return new ApolloGateway({
    supergraphSdl: config.supergraphSdl,
    logger: log,
    buildService: ({ name, url }) => {
      const target = config.subgraphUrls[name] ?? url;
      if (!target) throw new Error(`supergraph gives no URL for subgraph ${name}`);
      const source = new SubgraphSource(name, target);
      sources.set(name, source);
      return source;
    },
  });
}

import { ApolloGateway } from '@apollo/gateway';
import type { Logger, Metrics, Tracing } from '@zaffa/shared';
import { subgraphFetchDuration } from './subgraphFetchMetrics.ts';
import type { GatewayConfig } from './config.ts';
import { SubgraphSource } from './subgraphSource.ts';

/** The federated executor over a supergraph file; `<NAME>_URL` variables point a subgraph elsewhere. */
export function createGateway(config: GatewayConfig, log: Logger, metrics: Metrics, tracing: Tracing): ApolloGateway {
  const fetchDuration = subgraphFetchDuration(metrics);
  return new ApolloGateway({
    supergraphSdl: config.supergraphSdl,
    logger: log,
    buildService: ({ name, url }) => {
      const target = config.subgraphUrls[name] ?? url;
      if (!target) throw new Error(`supergraph gives no URL for subgraph ${name}`);
      return new SubgraphSource(name, target, fetchDuration, tracing);
    },
  });
}

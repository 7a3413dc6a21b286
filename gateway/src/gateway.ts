import { ApolloGateway } from '@apollo/gateway';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Logger, Metrics, Tracing } from '@zaffa/shared';
import { subgraphFetchDuration } from './subgraphFetchMetrics.ts';
import type { GatewayConfig } from './config.ts';
import { SubgraphSource } from './subgraphSource.ts';

const defaultSupergraph = fileURLToPath(new URL('../supergraph.graphql', import.meta.url));

/** The federated executor over a supergraph file; `<NAME>_URL` variables point a subgraph elsewhere. */
export function createGateway(config: GatewayConfig, log: Logger, metrics: Metrics, tracing: Tracing): ApolloGateway {
  const fetchDuration = subgraphFetchDuration(metrics);
  const overrides: Record<string, string | undefined> = {
    accounts: config.ACCOUNTS_URL,
    vendor: config.VENDOR_URL,
    event: config.EVENT_URL,
    media: config.MEDIA_URL,
  };
  return new ApolloGateway({
    supergraphSdl: readFileSync(config.SUPERGRAPH_PATH ?? defaultSupergraph, 'utf8'),
    logger: log,
    buildService: ({ name, url }) => {
      const target = overrides[name] ?? url;
      if (!target) throw new Error(`supergraph gives no URL for subgraph ${name}`);
      return new SubgraphSource(name, target, fetchDuration, tracing);
    },
  });
}

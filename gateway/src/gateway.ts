import { ApolloGateway, type GraphQLDataSource } from '@apollo/gateway';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Logger } from '@zaffa/shared';
import type { GatewayConfig } from './config.ts';
import { SubgraphSource } from './subgraphSource.ts';

const defaultSupergraph = fileURLToPath(new URL('../supergraph.graphql', import.meta.url));

/**
 * The federated executor over a supergraph file; `<NAME>_URL` variables point a subgraph elsewhere.
 * Each data source it builds is also kept in `sources` (subscriptions reuse them).
 */
export function createGateway(config: GatewayConfig, log: Logger, sources = new Map<string, GraphQLDataSource>()): ApolloGateway {
  const overrides: Record<string, string | undefined> = {
    accounts: config.ACCOUNTS_URL,
    vendor: config.VENDOR_URL,
    event: config.EVENT_URL,
    media: config.MEDIA_URL,
  };
  // Otherwise @apollo/gateway probes cloud metadata addresses (169.254.169.254) and exports usage metrics to Apollo.
  process.env.APOLLO_TELEMETRY_DISABLED = 'true';
  return new ApolloGateway({
    supergraphSdl: readFileSync(config.SUPERGRAPH_PATH ?? defaultSupergraph, 'utf8'),
    logger: log,
    buildService: ({ name, url }) => {
      const target = overrides[name] ?? url;
      if (!target) throw new Error(`supergraph gives no URL for subgraph ${name}`);
      const source = new SubgraphSource(name, target);
      sources.set(name, source);
      return source;
    },
  });
}

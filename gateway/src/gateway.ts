import { ApolloGateway } from '@apollo/gateway';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Logger, Metrics } from '@zaffa/shared';
import type { GatewayConfig } from './config.ts';
import { measuredPlanCache } from './fetching/planCache.ts';
import { SubgraphFetcher } from './fetching/subgraphFetcher.ts';
import { SubgraphSource } from './subgraphSource.ts';

const defaultSupergraph = fileURLToPath(new URL('../supergraph.graphql', import.meta.url));

/** The federated executor over a supergraph file; `<NAME>_URL` variables point a subgraph elsewhere. */
export function createGateway(
  config: GatewayConfig,
  log: Logger,
  metrics?: Metrics,
): { gateway: ApolloGateway; close: () => Promise<void> } {
  const overrides: Record<string, string | undefined> = {
    accounts: config.ACCOUNTS_URL,
    vendor: config.VENDOR_URL,
    event: config.EVENT_URL,
    media: config.MEDIA_URL,
  };
  const fetchers: SubgraphFetcher[] = [];
  const gateway = new ApolloGateway({
    supergraphSdl: readFileSync(config.SUPERGRAPH_PATH ?? defaultSupergraph, 'utf8'),
    logger: log,
    queryPlannerConfig: { cache: measuredPlanCache(config.GATEWAY_QUERY_PLAN_CACHE_MIB, metrics) },
    buildService: ({ name, url }) => {
      const target = overrides[name] ?? url;
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

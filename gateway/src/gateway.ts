import { ApolloGateway } from '@apollo/gateway';
import type { Logger } from '@zaffa/shared';
import type { GatewayConfig } from './config.ts';
import { SubgraphSource } from './subgraphSource.ts';

/** The federated executor over a supergraph file; `<NAME>_URL` variables point a subgraph elsewhere. */
export function createGateway(config: GatewayConfig, log: Logger): ApolloGateway {
  return new ApolloGateway({
    supergraphSdl: config.supergraphSdl,
    logger: log,
    buildService: ({ name, url }) => {
      const target = config.subgraphUrls[name] ?? url;
      if (!target) throw new Error(`supergraph gives no URL for subgraph ${name}`);
      return new SubgraphSource(name, target);
    },
  });
}

import { ApolloGateway } from '@apollo/gateway';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Logger } from '@zaffa/shared';
import type { GatewayConfig } from './config.ts';
import { SubgraphSource } from './subgraphSource.ts';

const defaultSupergraph = fileURLToPath(new URL('../supergraph.graphql', import.meta.url));

/** The federated executor over a supergraph file; `<NAME>_URL` variables point a subgraph elsewhere. */
export function createGateway(config: GatewayConfig, log: Logger): ApolloGateway {
  const overrides: Record<string, string | undefined> = {
    accounts: config.ACCOUNTS_URL,
    vendor: config.VENDOR_URL,
    event: config.EVENT_URL,
    media: config.MEDIA_URL,
    messaging: config.MESSAGING_URL,
  };
  return new ApolloGateway({
    supergraphSdl: readFileSync(config.SUPERGRAPH_PATH ?? defaultSupergraph, 'utf8'),
    logger: log,
    buildService: ({ name, url }) => {
      const target = overrides[name] ?? url;
      if (!target) throw new Error(`supergraph gives no URL for subgraph ${name}`);
      return new SubgraphSource(name, target);
    },
  });
}

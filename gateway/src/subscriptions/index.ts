import type { ApolloGateway, GraphQLDataSource, ServiceMap } from '@apollo/gateway';
import type { Server } from 'node:http';
import type { ValidationRule } from 'graphql';
import type { Logger, Metrics, TokenVerifier } from '@zaffa/shared';
import type { GatewayConfig } from '../config.ts';
import { federatedSubscribe } from './federatedSubscribe.ts';
import { subscriptionMetrics } from './metrics.ts';
import { SubscriptionPlanner } from './planner.ts';
import { serveSse } from './sse.ts';
import { UpstreamConnections } from './upstream.ts';
import { UserConnections } from './userConnections.ts';
import { serveWebSocket } from './websocket.ts';

export { CloseCode } from './closeCodes.ts';
export { subscriptionsNotOverHttp } from './httpRefusal.ts';

export interface SubscriptionsOptions {
  config: GatewayConfig;
  httpServer: Server;
  gateway: ApolloGateway;
  /** The data sources the gateway built, by subgraph name. */
  sources: Map<string, GraphQLDataSource>;
  verify: TokenVerifier;
  validationRules: readonly ValidationRule[];
  log: Logger;
  metrics: Metrics;
}

/**
 * Federated subscriptions on the gateway's port: graphql-ws over WebSocket and graphql-sse on `/graphql`.
 * Mount `sse` in the `/graphql` chain after authentication; call `close` before the HTTP server stops.
 */
export function startSubscriptions(options: SubscriptionsOptions) {
  const { config, log } = options;
  const planner = new SubscriptionPlanner();
  options.gateway.onSchemaLoadOrUpdate(({ apiSchema, coreSupergraphSdl }) => planner.update(coreSupergraphSdl, apiSchema));
  const urlOf = (service: string) => {
    const url = (options.sources.get(service) as { url?: string } | undefined)?.url;
    if (!url) throw new Error(`no data source for subgraph ${service}`);
    return url;
  };
  const upstream = new UpstreamConnections(urlOf, config.subgraphSecret, log);
  const metrics = subscriptionMetrics(options.metrics);
  const subscribe = federatedSubscribe({
    planner,
    upstream,
    sources: () => Object.fromEntries(options.sources) as ServiceMap,
    log,
    metrics,
    bufferSize: 1000,
  });
  const prepare = { planner, rules: options.validationRules, maxTokens: config.QUERY_MAX_TOKENS };
  const connections = new UserConnections(config.SUBSCRIPTION_CONNECTIONS_PER_USER);
  const tokenGraceMs = config.SUBSCRIPTION_TOKEN_GRACE_S * 1000;
  const ws = serveWebSocket({
    httpServer: options.httpServer,
    verify: options.verify,
    prepare,
    subscribe,
    connections,
    metrics,
    log,
    perConnection: config.SUBSCRIPTIONS_PER_CONNECTION,
    keepAliveMs: config.SUBSCRIPTION_KEEPALIVE_MS,
    sendBufferBytes: config.SUBSCRIPTION_SEND_BUFFER_BYTES,
    tokenGraceMs,
  });
  return {
    sse: serveSse({ prepare, subscribe, connections, metrics, tokenGraceMs }),
    /** Sockets are told to reconnect and given `graceMs` to go; then the subgraph connections close. */
    close: async (graceMs = 2000) => {
      await ws.close(graceMs);
      await upstream.close();
    },
  };
}

export type RunningSubscriptions = ReturnType<typeof startSubscriptions>;

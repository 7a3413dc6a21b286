import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginInlineTraceDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import { buildSubgraphSchema, type GraphQLResolverMap } from '@apollo/subgraph';
import express from 'express';
import { parse } from 'graphql';
import type { IncomingMessage, Server } from 'node:http';
import type { Logger } from 'pino';
import { createApp, requestIdMiddleware, requestScopeMiddleware } from '../http/app.ts';
import { gatewayOnly } from '../http/gatewayOnly.ts';
import { createHttpServer, listen } from '../http/listen.ts';
import { createMetrics, type Metrics } from '../http/metrics.ts';
import { REQUEST_ID_HEADER, clientAddressFrom } from '../http/requestId.ts';
import { maskErrors } from '../errors.ts';
import { requestScope } from '../logger.ts';
import type { BaseContext, Viewer } from './context.ts';
import { observabilityPlugin, type BusinessFields } from './observability.ts';
import { traceRequests } from '../tracing/httpSpans.ts';
import type { Tracing } from '../tracing/tracing.ts';
import type { TokenVerifier } from '../auth/verifier.ts';
import { serveSubgraphSubscriptions } from '../subscriptions/subscriptionServer.ts';

export interface SubgraphOptions<C extends BaseContext> {
  name: string;
  typeDefs: string;
  resolvers: GraphQLResolverMap<C>;
  port: number;
  host: string;
  log: Logger;
  /** Resolves when the subgraph's database and queues answer. */
  ready: () => Promise<unknown>;
  /** Who is asking; null for anonymous. Throws for a bad token. */
  authenticate: (req: IncomingMessage) => Promise<Viewer | null>;
  /** Adds the subgraph's own per-request parts (DataLoaders, stores) to the base context. */
  context: (base: BaseContext) => C;
  plugins?: ApolloServerPlugin<C>[];
  /** The service's metrics, when its own code also records some; made here otherwise. */
  metrics?: Metrics;
  /** Spans for each request, continuing the caller's trace; none when absent. */
  tracing?: Tracing;
  /** Root fields counted as business events when they succeed. */
  businessFields?: BusinessFields;
  /** Extra routes (downloads, JWKS...) mounted before `/graphql`. */
  routes?: (app: express.Express) => void;
  /** Checks the tokens of subscriptions, served over graphql-ws at `/graphql` when the schema has any. */
  verifyToken?: TokenVerifier;
  /** `SUBGRAPH_SECRET`: `/graphql` (HTTP and WebSocket) answers only callers that send it, the gateway. */
  gatewaySecret: string;
}

export interface RunningSubgraph {
  url: string;
  port: number;
  server: Server;
  apollo: ApolloServer<BaseContext>;
  /** Stops accepting, lets in-flight requests finish, then resolves. */
  stop: () => Promise<void>;
}

/** Serves one federated subgraph with health, readiness and metrics endpoints beside `/graphql`. */
export async function startSubgraph<C extends BaseContext>(options: SubgraphOptions<C>): Promise<RunningSubgraph> {
  const { log } = options;
  const metrics = options.metrics ?? createMetrics(options.name);
  const app = createApp({ log, metrics, ready: options.ready });
  // Health, metrics and the extra routes (JWKS) stay open; GraphQL is the gateway's alone.
  app.use('/graphql', gatewayOnly(options.gatewaySecret, log));
  options.routes?.(app);
  const schema = buildSubgraphSchema([{ typeDefs: parse(options.typeDefs), resolvers: options.resolvers as GraphQLResolverMap<unknown> }]);

  const httpServer = createHttpServer(app);
  const subscriptions =
    options.verifyToken && schema.getSubscriptionType()
      ? serveSubgraphSubscriptions({
          httpServer,
          schema,
          log,
          verify: options.verifyToken,
          context: options.context,
          gatewaySecret: options.gatewaySecret,
        })
      : undefined;
  const apollo = new ApolloServer<C>({
    schema,
    formatError: maskErrors(log),
    includeStacktraceInErrorResponses: false,
    stopOnTerminationSignals: false,
    plugins: [
      observabilityPlugin(log, metrics, options.businessFields),
      ApolloServerPluginLandingPageDisabled(),
      ApolloServerPluginInlineTraceDisabled(),
      ApolloServerPluginDrainHttpServer({ httpServer }),
      ...(options.plugins ?? []),
    ],
  });
  await apollo.start();

  app.use(
    '/graphql',
    requestIdMiddleware,
    express.json({ limit: '1mb' }),
    requestScopeMiddleware,
    ...(options.tracing ? [traceRequests(options.tracing)] : []),
    expressMiddleware(apollo, {
      context: async ({ req }) => {
        const viewer = await options.authenticate(req);
        const reqId = String(req.headers[REQUEST_ID_HEADER]);
        const scope = requestScope.getStore();
        if (scope && viewer) scope.userId = viewer.id;
        return options.context({ reqId, log, viewer, clientAddress: clientAddressFrom(req.headers) });
      },
    }),
  );

  const port = await listen(httpServer, options.port, options.host);
  const url = `http://${options.host}:${port}/graphql`;
  log.info({ url }, `${options.name} subgraph ready`);
  return {
    url,
    port,
    server: httpServer,
    apollo: apollo as unknown as ApolloServer<BaseContext>,
    stop: async () => {
      await subscriptions?.dispose();
      await apollo.stop();
    },
  };
}

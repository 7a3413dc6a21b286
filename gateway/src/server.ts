import type { GraphQLDataSource } from '@apollo/gateway';
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { expressMiddleware } from '@as-integrations/express5';
import type { GraphQLSchema } from 'graphql';
import { setTimeout } from 'node:timers/promises';
import {
  REQUEST_ID_HEADER,
  createApp,
  createHttpServer,
  createLogger,
  createMetrics,
  createTracing,
  createRedis,
  createTokenVerifier,
  listen,
  maskErrors,
  referenceSecret,
  observabilityPlugin,
  openBlobStorage,
  requestIdMiddleware,
  requestScopeMiddleware,
  traceRequests,
  requestScope,
  type Viewer,
} from '@zaffa/shared';
import type { GatewayConfig } from './config.ts';
import type { GatewayContext } from './context.ts';
import { sharingExecutions } from './fetching/sharedExecution.ts';
import { mountGuestListExport } from './exports/index.ts';
import { createGateway } from './gateway.ts';
import { requestErrorStatus } from './graphqlOverHttp/requestErrorStatus.ts';
import { mediaFileLookup, mountDownloads, mountResumableUploads, uploadIntake } from './media/index.ts';
import { RedisQueryCache } from './shields/apqCache.ts';
import { apqRegistrationLimit } from './shields/apqRegistrationLimit.ts';
import { queryLimits } from './shields/armor.ts';
import { authenticate } from './shields/authenticate.ts';
import { jsonBody } from './shields/bodyLimit.ts';
import { staffOnlyIntrospection } from './shields/introspection.ts';
import { rateLimit } from './shields/rateLimit.ts';
import { mountStaffTools } from './staff/index.ts';
import { startSubscriptions, subscriptionsNotOverHttp } from './subscriptions/index.ts';

export interface GatewayOptions {
  /** Query limits and rate limits; off only to measure what they cost. */
  shields?: boolean;
}

export interface RunningGateway {
  url: string;
  port: number;
  stop: () => Promise<void>;
}

/** The one endpoint clients talk to, on an HTTP server of our own so uploads and WebSockets can share its port. */
export async function startGateway(config: GatewayConfig, options: GatewayOptions = {}): Promise<RunningGateway> {
  const shields = options.shields ?? true;
  const production = config.NODE_ENV === 'production';
  const log = createLogger('gateway', config.LOG_LEVEL);
  const metrics = createMetrics('gateway');
  const tracing = createTracing('gateway', config.OTEL_EXPORTER_OTLP_ENDPOINT);
  const redis = createRedis(config.REDIS_URL, 'zaffa-gateway');
  // Rate limits and persisted queries: a stalled Redis costs a request at most this deadline, then a fallback.
  const requestRedis = createRedis(config.REDIS_URL, 'zaffa-gateway-requests', { deadlineMs: config.REDIS_REQUEST_TIMEOUT_MS });
  const sources = new Map<string, GraphQLDataSource>();
  const { gateway, close: closeSubgraphs } = createGateway(config, log, metrics, tracing, sources);
  const verify = createTokenVerifier({
    issuer: config.JWT_ISSUER,
    audience: config.JWT_AUDIENCE,
    keys: new URL(config.ACCOUNTS_JWKS_URL),
    keysMaxAgeMs: config.JWKS_MAX_AGE_S * 1000,
  });
  const limits = shields ? queryLimits(config) : { plugins: [], validationRules: [], parseOptions: {} };
  const storage = openBlobStorage(config);
  const secret = referenceSecret(config);
  let apiSchema: GraphQLSchema | undefined;
  gateway.onSchemaLoadOrUpdate((update) => {
    apiSchema = update.apiSchema;
  });

  let loaded = false;
  const app = createApp({
    log,
    metrics,
    ready: async () => {
      if (!loaded) throw new Error('supergraph not loaded');
      await requestRedis.ping();
    },
  });
  app.set(
    'trust proxy',
    config.TRUST_PROXY === 'false' ? false : /^\d+$/.test(config.TRUST_PROXY) ? Number(config.TRUST_PROXY) : config.TRUST_PROXY,
  );
  const httpServer = createHttpServer(app);
  const subscriptions = startSubscriptions({
    config,
    httpServer,
    gateway,
    sources,
    verify,
    validationRules: limits.validationRules,
    log,
    metrics,
  });
  const apollo = new ApolloServer<GatewayContext>({
    gateway: config.GATEWAY_DEDUP_QUERIES ? sharingExecutions(gateway, metrics) : gateway,
    formatError: maskErrors(log),
    includeStacktraceInErrorResponses: false,
    stopOnTerminationSignals: false,
    allowBatchedHttpRequests: false,
    introspection: true,
    persistedQueries: {
      cache: new RedisQueryCache(requestRedis, `${config.QUEUE_PREFIX}:apq:`, {
        ttlSeconds: config.APQ_TTL_S,
        maxQueryBytes: config.APQ_MAX_QUERY_BYTES,
        maxTotalBytes: config.APQ_CACHE_MAX_BYTES,
      }),
      ttl: config.APQ_TTL_S,
    },
    validationRules: limits.validationRules,
    parseOptions: limits.parseOptions,
    plugins: [
      observabilityPlugin(log, metrics),
      subscriptionsNotOverHttp(),
      requestErrorStatus(),
      ApolloServerPluginDrainHttpServer({ httpServer }),
      ...(limits.plugins as ApolloServerPlugin<GatewayContext>[]),
      // Browsers get our own playground (staff/), never Apollo's landing page, which loads its code from elsewhere.
      ApolloServerPluginLandingPageDisabled(),
      ...(production ? [staffOnlyIntrospection()] : []),
    ],
  });
  await apollo.start();
  // Budgets and persisted queries count in Redis from the first request, unless Redis is away at start.
  if (requestRedis.status !== 'ready') {
    await Promise.race([new Promise((ready) => requestRedis.once('ready', ready)), setTimeout(config.REDIS_REQUEST_TIMEOUT_MS)]);
  }
  loaded = true;

  const closeStaffTools = mountStaffTools(app, { production, log, verify, redis, queuePrefix: config.QUEUE_PREFIX });
  const limited = shields ? [rateLimit(requestRedis, config)] : [];
  // Each download by id is a query to media: it spends the address's budget like one.
  mountDownloads(app, storage, mediaFileLookup(apollo), secret, log, limited);
  const guards = [requestIdMiddleware, authenticate(verify), ...limited];
  mountGuestListExport(app, apollo, guards, log);
  mountResumableUploads(app, apollo, {
    storage,
    storageDir: config.MEDIA_STORAGE_DIR,
    referenceSecret: secret,
    maxBytes: config.MEDIA_MAX_BYTES,
    before: guards,
    log,
  });
  app.use(
    '/graphql',
    ...guards,
    // Multipart uploads stream into the shared store and go on as references; everything else is a JSON body of bounded size.
    ...uploadIntake({
      storage,
      referenceSecret: secret,
      maxBytes: config.MEDIA_MAX_BYTES,
      maxFiles: config.MEDIA_MAX_FILES,
      maxFieldBytes: config.GATEWAY_MAX_BODY_BYTES,
      idleMs: config.GATEWAY_UPLOAD_IDLE_MS,
      admission: {
        concurrency: config.GATEWAY_UPLOAD_CONCURRENCY,
        queueLimit: config.GATEWAY_UPLOAD_QUEUE,
        maxWaitMs: config.GATEWAY_UPLOAD_WAIT_MS,
      },
      schema: () => apiSchema,
      registry: metrics.registry,
      log,
    }),
    ...jsonBody(config.GATEWAY_MAX_BODY_BYTES),
    ...(shields ? [apqRegistrationLimit(requestRedis, config)] : []),
    subscriptions.sse,
    requestScopeMiddleware,
    traceRequests(tracing),
    expressMiddleware(apollo, {
      context: async ({ req, res }) => {
        const viewer = res.locals.viewer as Viewer | null;
        const scope = requestScope.getStore();
        if (scope && viewer) scope.userId = viewer.id;
        return {
          reqId: String(req.headers[REQUEST_ID_HEADER]),
          viewer,
          authorization: viewer ? req.headers.authorization : undefined,
          clientAddress: req.ip,
        };
      },
    }),
  );

  const port = await listen(httpServer, config.GATEWAY_PORT, config.HOST);
  const url = `http://${config.HOST}:${port}/graphql`;
  log.info({ url, shields }, 'gateway ready');
  return {
    url,
    port,
    stop: async () => {
      await subscriptions.close();
      await apollo.stop();
      await closeStaffTools();
      await closeSubgraphs();
      redis.disconnect();
      requestRedis.disconnect();
      await tracing.shutdown();
    },
  };
}

import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginLandingPageLocalDefault } from '@apollo/server/plugin/landingPage/default';
import { expressMiddleware } from '@as-integrations/express5';
import {
  LocalDiskStorage,
  REQUEST_ID_HEADER,
  createApp,
  createHttpServer,
  createLogger,
  createMetrics,
  createRedis,
  createTokenVerifier,
  listen,
  maskErrors,
  observabilityPlugin,
  requestIdMiddleware,
  requestScopeMiddleware,
  requestScope,
  type Viewer,
} from '@zaffa/shared';
import type { GatewayConfig } from './config.ts';
import type { GatewayContext } from './context.ts';
import { sharingExecutions } from './fetching/sharedExecution.ts';
import { createGateway } from './gateway.ts';
import { requestErrorStatus } from './graphqlOverHttp/requestErrorStatus.ts';
import { mediaFileLookup, mountDownloads, uploadIntake } from './media/index.ts';
import { RedisQueryCache } from './shields/apqCache.ts';
import { queryLimits } from './shields/armor.ts';
import { authenticate } from './shields/authenticate.ts';
import { jsonBody } from './shields/bodyLimit.ts';
import { staffOnlyIntrospection } from './shields/introspection.ts';
import { rateLimit } from './shields/rateLimit.ts';

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
  const redis = createRedis(config.REDIS_URL, 'zaffa-gateway');
  const { gateway, close: closeSubgraphs } = createGateway(config, log, metrics);
  const verify = createTokenVerifier({ issuer: config.JWT_ISSUER, audience: config.JWT_AUDIENCE, keys: new URL(config.ACCOUNTS_JWKS_URL) });
  const limits = shields ? queryLimits(config) : { plugins: [], validationRules: [], parseOptions: {} };

  let loaded = false;
  const app = createApp({
    log,
    metrics,
    ready: async () => {
      if (!loaded) throw new Error('supergraph not loaded');
      await redis.ping();
    },
  });
  app.set(
    'trust proxy',
    config.TRUST_PROXY === 'false' ? false : /^\d+$/.test(config.TRUST_PROXY) ? Number(config.TRUST_PROXY) : config.TRUST_PROXY,
  );
  const httpServer = createHttpServer(app);
  const apollo = new ApolloServer<GatewayContext>({
    gateway: config.GATEWAY_DEDUP_QUERIES ? sharingExecutions(gateway, metrics) : gateway,
    formatError: maskErrors(log),
    includeStacktraceInErrorResponses: false,
    stopOnTerminationSignals: false,
    allowBatchedHttpRequests: false,
    introspection: true,
    persistedQueries: { cache: new RedisQueryCache(redis, `${config.QUEUE_PREFIX}:apq:`, config.APQ_TTL_S), ttl: config.APQ_TTL_S },
    validationRules: limits.validationRules,
    parseOptions: limits.parseOptions,
    plugins: [
      observabilityPlugin(log, metrics),
      requestErrorStatus(),
      ApolloServerPluginDrainHttpServer({ httpServer }),
      ...(limits.plugins as ApolloServerPlugin<GatewayContext>[]),
      ...(production
        ? [staffOnlyIntrospection(), ApolloServerPluginLandingPageDisabled()]
        : [ApolloServerPluginLandingPageLocalDefault({ embed: true })]),
    ],
  });
  await apollo.start();
  loaded = true;

  mountDownloads(app, new LocalDiskStorage(config.MEDIA_STORAGE_DIR), mediaFileLookup(apollo), log);
  app.use(
    '/graphql',
    requestIdMiddleware,
    authenticate(verify),
    ...(shields ? [rateLimit(redis, config)] : []),
    // Multipart uploads stream on to media; everything else is a JSON body of bounded size.
    ...uploadIntake({ maxBytes: config.MEDIA_MAX_BYTES, maxFiles: config.MEDIA_MAX_FILES, concurrency: config.GATEWAY_UPLOAD_CONCURRENCY }),
    ...jsonBody(config.GATEWAY_MAX_BODY_BYTES),
    requestScopeMiddleware,
    expressMiddleware(apollo, {
      context: async ({ req, res }) => {
        const viewer = res.locals.viewer as Viewer | null;
        const scope = requestScope.getStore();
        if (scope && viewer) scope.userId = viewer.id;
        return { reqId: String(req.headers[REQUEST_ID_HEADER]), viewer, authorization: viewer ? req.headers.authorization : undefined };
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
      await apollo.stop();
      await closeSubgraphs();
      redis.disconnect();
    },
  };
}

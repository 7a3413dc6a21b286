import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginLandingPageLocalDefault } from '@apollo/server/plugin/landingPage/default';
import { expressMiddleware } from '@as-integrations/express5';
import express from 'express';
import {
  LocalDiskStorage,
  REQUEST_ID_HEADER,
  createApp,
  createHttpServer,
  createLogger,
  createMetrics,
  createTokenVerifier,
  listen,
  maskErrors,
  observabilityPlugin,
  requestScope,
  requestScopeMiddleware,
  viewerFromHeaders,
} from '@zaffa/shared';
import type { GatewayConfig } from './config.ts';
import type { GatewayContext } from './context.ts';
import { mediaFileLookup, mountDownloads } from './downloads.ts';
import { createGateway } from './gateway.ts';
import { uploadIntake } from './uploads/intake.ts';

export interface RunningGateway {
  url: string;
  port: number;
  stop: () => Promise<void>;
}

/** The one endpoint clients talk to, on an HTTP server of our own so uploads and WebSockets can share its port. */
export async function startGateway(config: GatewayConfig): Promise<RunningGateway> {
  const log = createLogger('gateway', config.LOG_LEVEL);
  const metrics = createMetrics('gateway');
  const gateway = createGateway(config, log);
  const verify = createTokenVerifier({ issuer: config.JWT_ISSUER, audience: config.JWT_AUDIENCE, keys: new URL(config.ACCOUNTS_JWKS_URL) });

  let loaded = false;
  const app = createApp({ log, metrics, ready: async () => { if (!loaded) throw new Error('supergraph not loaded'); } });
  const httpServer = createHttpServer(app);
  const apollo = new ApolloServer<GatewayContext>({
    gateway,
    formatError: maskErrors(log),
    includeStacktraceInErrorResponses: false,
    stopOnTerminationSignals: false,
    plugins: [
      observabilityPlugin(log, metrics),
      ApolloServerPluginDrainHttpServer({ httpServer }),
      ApolloServerPluginLandingPageLocalDefault({ embed: true }),
    ],
  });
  await apollo.start();
  loaded = true;

  mountDownloads(app, new LocalDiskStorage(config.MEDIA_STORAGE_DIR), mediaFileLookup(apollo), log);
  app.use('/graphql', ...uploadIntake(verify, { maxBytes: config.MEDIA_MAX_BYTES, maxFiles: config.MEDIA_MAX_FILES, concurrency: config.GATEWAY_UPLOAD_CONCURRENCY }));
  app.use(
    '/graphql',
    express.json({ limit: '1mb' }),
    requestScopeMiddleware,
    expressMiddleware(apollo, {
      context: async ({ req }) => {
        const viewer = await viewerFromHeaders(req.headers, verify);
        const scope = requestScope.getStore();
        if (scope && viewer) scope.userId = viewer.id;
        return { reqId: String(req.headers[REQUEST_ID_HEADER]), viewer, authorization: viewer ? req.headers.authorization : undefined };
      },
    }),
  );

  const port = await listen(httpServer, config.GATEWAY_PORT, config.HOST);
  const url = `http://${config.HOST}:${port}/graphql`;
  log.info({ url }, 'gateway ready');
  return { url, port, stop: () => apollo.stop() };
}

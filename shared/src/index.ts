export * from './config/index.ts';
export * from './db/index.ts';
export * from './jobs/index.ts';
export * from './outbox/index.ts';
export { createLogger, requestScope, type Logger, type RequestFields } from './logger.ts';
export { createRedis, type Redis } from './redis.ts';
export { ErrorCode, ZaffaError, badInput, notFound, forbidden, unauthenticated, maskErrors } from './errors.ts';
export { closeOnSignal, exitOnStartupError, type Closer } from './shutdown.ts';
export { sendError } from './http/sendError.ts';
export { createApp, requestIdMiddleware, requestScopeMiddleware } from './http/app.ts';
export { createHttpServer, listen } from './http/listen.ts';
export { createMetrics, type Metrics, type BusinessEvent } from './http/metrics.ts';
export { SUBGRAPH_SECRET_HEADER, SUBGRAPH_SECRET_PARAM, gatewayKeyCheck, gatewayOnly } from './http/gatewayOnly.ts';
export { CLIENT_ADDRESS_HEADER, REQUEST_ID_HEADER, clientAddressFrom, requestIdFrom } from './http/requestId.ts';
export { observabilityPlugin, type BusinessFields } from './graphql/observability.ts';
export type { BaseContext, SubgraphContext, Viewer, Role } from './graphql/context.ts';
export { startSubgraph, type SubgraphOptions, type RunningSubgraph } from './graphql/subgraphServer.ts';
export {
  runSubgraph,
  serveSubgraph,
  type SubgraphDefinition,
  type SubgraphConfig,
  type SubgraphDeps,
  type RunningService,
} from './graphql/runSubgraph.ts';
export { createTokenVerifier, viewerFromHeaders, type TokenVerifier } from './auth/verifier.ts';
export * from './graphql/connection.ts';
export { stableId, isUuid } from './stableId.ts';
export * from './storage/index.ts';
export * from './tracing/index.ts';
export { multipartUploads, processStreamingRequest, inArrivalOrder, MultipartError, type MultipartLimits } from './http/multipart.ts';
export * from './subscriptions/index.ts';
export { DateScalar } from './graphql/dateScalar.ts';
export { parseInput } from './graphql/parseInput.ts';

import type { Redis } from 'ioredis';
import type { DataSource, EntitySchema, MigrationInterface } from 'typeorm';
import type { ApolloServerPlugin } from '@apollo/server';
import type { GraphQLResolverMap } from '@apollo/subgraph';
import type { JWTVerifyGetKey } from 'jose';
import type express from 'express';
import { createTokenVerifier, viewerFromHeaders } from '../auth/verifier.ts';
import type { BaseConfig } from '../config/base.ts';
import { subgraphSecret } from '../config/subgraphSecret.ts';
import { portOf, type ServiceConfig } from '../config/service.ts';
import { openDatabase } from '../db/openDatabase.ts';
import { createMetrics, type Metrics } from '../http/metrics.ts';
import { JobProducer } from '../jobs/producer.ts';
import { createLogger, type Logger } from '../logger.ts';
import { startOwnOutboxRelay, type RelayedEvent } from '../outbox/relay.ts';
import { createRedis } from '../redis.ts';
import { closeOnSignal, exitOnStartupError } from '../shutdown.ts';
import { EventBus } from '../subscriptions/eventBus.ts';
import type { BaseContext } from './context.ts';
import type { BusinessFields } from './observability.ts';
import { createTracing } from '../tracing/tracing.ts';
import { startSubgraph, type RunningSubgraph } from './subgraphServer.ts';

/** What a subgraph's own code can use while serving; `settings` is what its config read at start. */
export interface SubgraphDeps<S extends BaseConfig = BaseConfig> {
  db: DataSource;
  redis: Redis;
  /** For the request path: every command has a deadline (REDIS_REQUEST_TIMEOUT_MS) and the caller a fallback. */
  requestRedis: Redis;
  jobs: JobProducer;
  /** Subscription events, published after commit and heard by every instance. */
  events: EventBus;
  log: Logger;
  metrics: Metrics;
  settings: S;
}

/** What every subgraph's config reads: the kernel's base, and the key only the gateway calls it with (`subgraphSecretVariables`). */
export type SubgraphConfig = BaseConfig & { SUBGRAPH_SECRET: string | undefined };

/** Everything that makes one subgraph what it is; `runSubgraph` supplies the rest. */
export interface SubgraphDefinition<C extends BaseContext, S extends SubgraphConfig = SubgraphConfig> {
  /** Names its database (`<DATABASE_PREFIX>_<name>`), its logs and its metrics. */
  name: string;
  /** Its variables, port among them, on top of the kernel's base (`defineConfig`, in the subgraph's `config.ts`). */
  config: ServiceConfig<S>;
  typeDefs: string;
  resolvers: GraphQLResolverMap<C>;
  entities: EntitySchema[];
  migrations: (new () => MigrationInterface)[];
  context: (base: BaseContext, deps: SubgraphDeps<S>) => C;
  plugins?: (deps: SubgraphDeps<S>) => ApolloServerPlugin<C>[];
  routes?: (app: express.Express, deps: SubgraphDeps<S>) => void;
  /** Root fields whose every success is a business event (`{ 'Mutation.signUp': 'sign_up' }`), counted on /metrics. */
  businessFields?: BusinessFields;
  /** Where the token-signing keys come from, for the subgraph that holds them; others fetch ACCOUNTS_JWKS_URL. */
  tokenKeys?: (deps: SubgraphDeps<S>) => JWTVerifyGetKey;
  /**
   * The subgraph writes domain events (its migrations include the outbox's): each instance runs a relay that
   * queues them after commit. `onRelayed` is told of every batch the relay queued (to publish them elsewhere too).
   */
  outbox?: { onRelayed?: (deps: SubgraphDeps<S>) => (events: RelayedEvent[]) => Promise<void> };
}

export interface RunningService<S extends BaseConfig = BaseConfig> extends RunningSubgraph {
  deps: SubgraphDeps<S>;
  /** Graceful stop: drain HTTP, then close queues, Redis and the database. */
  close: () => Promise<void>;
}

/** Starts a subgraph from the environment (the process's by default): validated config, its own database migrated, Redis, HTTP. */
export function runSubgraph<C extends BaseContext, S extends SubgraphConfig>(
  def: SubgraphDefinition<C, S>,
  env?: NodeJS.ProcessEnv,
): Promise<RunningService<S>> {
  return startFromConfig(def, def.config.load(env));
}

async function startFromConfig<C extends BaseContext, S extends SubgraphConfig>(
  def: SubgraphDefinition<C, S>,
  config: S,
): Promise<RunningService<S>> {
  // First, so production without the key stops here, naming it.
  const gatewaySecret = subgraphSecret(config);
  const log = createLogger(def.name, config.LOG_LEVEL);
  const db = await openDatabase({
    serverUrl: config.DATABASE_URL,
    name: `${config.DATABASE_PREFIX}_${def.name}`,
    entities: def.entities,
    migrations: def.migrations,
    log,
  });
  const redis = createRedis(config.REDIS_URL, `zaffa-${def.name}`);
  const requestRedis = createRedis(config.REDIS_URL, `zaffa-${def.name}-requests`, { deadlineMs: config.REDIS_REQUEST_TIMEOUT_MS });
  const jobs = new JobProducer(redis, config.QUEUE_PREFIX);
  const metrics = createMetrics(def.name, { businessEvents: Object.values(def.businessFields ?? {}).filter((e) => e !== undefined) });
  metrics.watchPool(db);
  const tracing = createTracing(def.name, config.OTEL_EXPORTER_OTLP_ENDPOINT);
  const events = new EventBus(redis, config.QUEUE_PREFIX);
  const deps: SubgraphDeps<S> = { db, redis, requestRedis, jobs, events, log, metrics, settings: config };
  const verify = createTokenVerifier({
    issuer: config.JWT_ISSUER,
    audience: config.JWT_AUDIENCE,
    keys: def.tokenKeys?.(deps) ?? new URL(config.ACCOUNTS_JWKS_URL),
    keysMaxAgeMs: config.JWKS_MAX_AGE_S * 1000,
  });
  const relay = def.outbox
    ? startOwnOutboxRelay(config.REDIS_URL, `zaffa-${def.name}-outbox`, {
        db,
        prefix: config.QUEUE_PREFIX,
        log,
        onRelayed: def.outbox.onRelayed?.(deps),
      })
    : null;
  const running = await startSubgraph<C>({
    name: def.name,
    typeDefs: def.typeDefs,
    resolvers: def.resolvers,
    port: portOf(def.config, config),
    host: config.HOST,
    log,
    metrics,
    businessFields: def.businessFields,
    tracing,
    ready: () => Promise.all([db.query('SELECT 1'), redis.ping()]),
    authenticate: (req) => viewerFromHeaders(req.headers, verify),
    context: (base) => def.context(base, deps),
    plugins: def.plugins?.(deps),
    routes: def.routes ? (app) => def.routes!(app, deps) : undefined,
    verifyToken: verify,
    gatewaySecret,
  });
  return {
    ...running,
    deps,
    close: async () => {
      await running.stop();
      await relay?.stop();
      await jobs.close();
      await events.close();
      redis.disconnect();
      requestRedis.disconnect();
      await db.destroy();
      await tracing.shutdown();
    },
  };
}

/** A subgraph process's whole life: start from the environment, stop on a signal, exit with a reason on failure. */
export async function serveSubgraph<C extends BaseContext, S extends SubgraphConfig>(def: SubgraphDefinition<C, S>): Promise<void> {
  let log: Logger | undefined;
  try {
    const config = def.config.load();
    log = createLogger(def.name, config.LOG_LEVEL);
    const service = await startFromConfig(def, config);
    closeOnSignal(service.deps.log, config.SHUTDOWN_GRACE_MS, [service.close]);
  } catch (err) {
    exitOnStartupError(log, err);
  }
}

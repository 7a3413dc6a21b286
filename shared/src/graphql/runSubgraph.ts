import type { Redis } from 'ioredis';
import type { DataSource, EntitySchema, MigrationInterface } from 'typeorm';
import type { ApolloServerPlugin } from '@apollo/server';
import type express from 'express';
import { createTokenVerifier, viewerFromHeaders } from '../auth/verifier.ts';
import { loadConfig } from '../config/load.ts';
import { openDatabase } from '../db/openDatabase.ts';
import { JobProducer } from '../jobs/producer.ts';
import { createLogger, type Logger } from '../logger.ts';
import { createRedis } from '../redis.ts';
import { closeOnSignal, exitOnStartupError } from '../shutdown.ts';
import type { BaseContext } from './context.ts';
import { startSubgraph, type RunningSubgraph } from './subgraphServer.ts';

/** What a subgraph's own code can use while serving. */
export interface SubgraphDeps {
  db: DataSource;
  redis: Redis;
  jobs: JobProducer;
  log: Logger;
  /** The environment the service started with, for the variables only this subgraph reads. */
  env: NodeJS.ProcessEnv;
}

/** Everything that makes one subgraph what it is; `runSubgraph` supplies the rest. */
export interface SubgraphDefinition<C extends BaseContext> {
  name: 'accounts' | 'vendor' | 'event' | 'media';
  typeDefs: string;
  resolvers: unknown;
  entities: EntitySchema[];
  migrations: (new () => MigrationInterface)[];
  context: (base: BaseContext, deps: SubgraphDeps) => C;
  plugins?: (deps: SubgraphDeps) => ApolloServerPlugin<C>[];
  routes?: (app: express.Express, deps: SubgraphDeps) => void;
}

export interface RunningService extends RunningSubgraph {
  deps: SubgraphDeps;
  /** Graceful stop: drain HTTP, then close queues, Redis and the database. */
  close: () => Promise<void>;
}

const portVariable = { accounts: 'ACCOUNTS_PORT', vendor: 'VENDOR_PORT', event: 'EVENT_PORT', media: 'MEDIA_PORT' } as const;

/** Starts a subgraph from the environment: validated config, its own database migrated, Redis, HTTP. */
export async function runSubgraph<C extends BaseContext>(def: SubgraphDefinition<C>, env: NodeJS.ProcessEnv = process.env): Promise<RunningService> {
  const config = loadConfig(['HOST', 'LOG_LEVEL', 'DATABASE_URL', 'DATABASE_PREFIX', 'REDIS_URL', 'QUEUE_PREFIX', 'JWT_ISSUER', 'JWT_AUDIENCE', 'ACCOUNTS_JWKS_URL', portVariable[def.name]], env);
  const log = createLogger(def.name, config.LOG_LEVEL);
  const db = await openDatabase({ serverUrl: config.DATABASE_URL, name: `${config.DATABASE_PREFIX}_${def.name}`, entities: def.entities, migrations: def.migrations, log });
  const redis = createRedis(config.REDIS_URL, `zaffa-${def.name}`);
  const jobs = new JobProducer(redis, config.QUEUE_PREFIX);
  const deps: SubgraphDeps = { db, redis, jobs, log, env };
  const verify = createTokenVerifier({ issuer: config.JWT_ISSUER, audience: config.JWT_AUDIENCE, keys: new URL(config.ACCOUNTS_JWKS_URL) });
  const running = await startSubgraph<C>({
    name: def.name,
    typeDefs: def.typeDefs,
    resolvers: def.resolvers,
    port: (config as Record<string, unknown>)[portVariable[def.name]] as number,
    host: config.HOST,
    log,
    ready: () => Promise.all([db.query('SELECT 1'), redis.ping()]),
    authenticate: (req) => viewerFromHeaders(req.headers, verify),
    context: (base) => def.context(base, deps),
    plugins: def.plugins?.(deps),
    routes: def.routes ? (app) => def.routes!(app, deps) : undefined,
  });
  return {
    ...running,
    deps,
    close: async () => {
      await running.stop();
      await jobs.close();
      redis.disconnect();
      await db.destroy();
    },
  };
}

/** A subgraph process's whole life: start from the environment, stop on a signal, exit with a reason on failure. */
export async function serveSubgraph<C extends BaseContext>(def: SubgraphDefinition<C>): Promise<void> {
  try {
    const service = await runSubgraph(def);
    closeOnSignal(service.deps.log, Number(process.env.SHUTDOWN_GRACE_MS ?? 10_000), [service.close]);
  } catch (err) {
    exitOnStartupError(createLogger(def.name), err);
  }
}

import {
  createApp,
  createHttpServer,
  createLogger,
  createMetrics,
  createTracing,
  createRedis,
  JobProducer,
  listen,
  startConsumers,
  watchQueues,
  type OpenJobs,
} from '@zaffa/shared';
import { backupJobs } from './backup/index.ts';
import { workersConfig, type WorkersConfig } from './config.ts';
import { combineHandlers, combineGaveUp } from './handlers.ts';
import { keepSchedules } from './schedules.ts';
import { subgraphJobs } from './subgraphJobs.ts';

export interface RunningWorkers {
  port: number;
  /** What it read from the environment at start. */
  config: WorkersConfig;
  /** Stops taking jobs, waits for the running ones, then closes connections. */
  close: () => Promise<void>;
}

/** Opens every subgraph's jobs and starts one BullMQ worker per registered queue, plus health and metrics endpoints. */
export async function startWorkers(env?: NodeJS.ProcessEnv): Promise<RunningWorkers> {
  const config = workersConfig.load(env);
  const log = createLogger('workers', config.LOG_LEVEL);
  const redis = createRedis(config.REDIS_URL, 'zaffa-workers');
  const jobs = new JobProducer(redis, config.QUEUE_PREFIX);
  const metrics = createMetrics('workers');
  watchQueues(metrics, jobs);
  const tracing = createTracing('workers', config.OTEL_EXPORTER_OTLP_ENDPOINT);
  const host = { env, log, redis, jobs, queuePrefix: config.QUEUE_PREFIX, metrics };
  const opened: OpenJobs[] = [];
  // The subgraphs' jobs, and the workers' own maintenance: backups, which change no subgraph's data.
  for (const open of [...subgraphJobs, backupJobs]) opened.push(await open(host));
  const schedules = await keepSchedules(opened, redis, { prefix: config.QUEUE_PREFIX, checkMs: config.SCHEDULES_CHECK_MS, log });
  const consumers = startConsumers(combineHandlers(opened.map((o) => o.handlers)), {
    connection: redis,
    prefix: config.QUEUE_PREFIX,
    log,
    concurrency: Object.assign({}, ...opened.map((o) => o.concurrency)),
    worker: { lockDuration: config.JOB_LOCK_MS, stalledInterval: config.JOB_LOCK_MS },
    metrics,
    tracing,
    gaveUp: combineGaveUp(opened.map((o) => o.gaveUp ?? {})),
  });
  const app = createApp({ log, metrics, ready: () => Promise.all([redis.ping(), ...opened.map((o) => o.ready())]) });
  const server = createHttpServer(app);
  const port = await listen(server, config.WORKERS_PORT, config.HOST);
  log.info({ port, queues: consumers.map((c) => c.name) }, 'workers ready');
  return {
    port,
    config,
    close: async () => {
      schedules.stop();
      await Promise.all(consumers.map((c) => c.close()));
      await jobs.close();
      server.close();
      redis.disconnect();
      for (const o of opened) await o.close();
      await tracing.shutdown();
    },
  };
}

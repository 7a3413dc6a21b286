import {
  createApp,
  createHttpServer,
  createLogger,
  createMetrics,
  createRedis,
  JobProducer,
  listen,
  startConsumers,
  type OpenJobs,
} from '@zaffa/shared';
import { workersConfig, type WorkersConfig } from './config.ts';
import { combineHandlers } from './handlers.ts';
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
  const host = { env, log, redis, jobs, queuePrefix: config.QUEUE_PREFIX };
  const opened: OpenJobs[] = [];
  for (const open of subgraphJobs) opened.push(await open(host));
  const consumers = startConsumers(combineHandlers(opened.map((o) => o.handlers)), {
    connection: redis,
    prefix: config.QUEUE_PREFIX,
    log,
    concurrency: Object.assign({}, ...opened.map((o) => o.concurrency)),
    worker: { lockDuration: config.JOB_LOCK_MS, stalledInterval: config.JOB_LOCK_MS },
  });
  const metrics = createMetrics('workers');
  const app = createApp({ log, metrics, ready: () => Promise.all([redis.ping(), ...opened.map((o) => o.ready())]) });
  const server = createHttpServer(app);
  const port = await listen(server, config.WORKERS_PORT, config.HOST);
  log.info({ port, queues: consumers.map((c) => c.name) }, 'workers ready');
  return {
    port,
    config,
    close: async () => {
      await Promise.all(consumers.map((c) => c.close()));
      await jobs.close();
      server.close();
      redis.disconnect();
      for (const o of opened) await o.close();
    },
  };
}

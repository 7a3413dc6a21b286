import { createApp, createHttpServer, createLogger, createMetrics, createRedis, JobProducer, listen, loadConfig, startConsumers } from '@zaffa/shared';
import { createHandlers } from './handlers.ts';

export const workerVariables = ['LOG_LEVEL', 'HOST', 'WORKERS_PORT', 'REDIS_URL', 'QUEUE_PREFIX'] as const;

export interface RunningWorkers {
  port: number;
  /** Stops taking jobs, waits for the running ones, then closes connections. */
  close: () => Promise<void>;
}

/** Starts one BullMQ worker per registered queue, plus health and metrics endpoints. */
export async function startWorkers(env: NodeJS.ProcessEnv = process.env): Promise<RunningWorkers> {
  const config = loadConfig(workerVariables, env);
  const log = createLogger('workers', config.LOG_LEVEL);
  const redis = createRedis(config.REDIS_URL, 'zaffa-workers');
  const jobs = new JobProducer(redis, config.QUEUE_PREFIX);
  const consumers = startConsumers(createHandlers({ log, redis, jobs }), { connection: redis, prefix: config.QUEUE_PREFIX, log });
  const metrics = createMetrics('workers');
  const app = createApp({ log, metrics, ready: () => redis.ping() });
  const server = createHttpServer(app);
  const port = await listen(server, config.WORKERS_PORT, config.HOST);
  log.info({ port, queues: consumers.map((c) => c.name) }, 'workers ready');
  return {
    port,
    close: async () => {
      await Promise.all(consumers.map((c) => c.close()));
      await jobs.close();
      server.close();
      redis.disconnect();
    },
  };
}

import { createApp, createHttpServer, createLogger, createMetrics, createRedis, JobProducer, listen, loadConfig, startConsumers } from '@zaffa/shared';
import { createHandlers } from './handlers.ts';
import { openMediaServices } from './media/services.ts';
import { scheduleMediaJobs } from './media/schedules.ts';

export const workerVariables = ['LOG_LEVEL', 'HOST', 'WORKERS_PORT', 'REDIS_URL', 'QUEUE_PREFIX', 'JOB_LOCK_MS'] as const;

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
  const media = await openMediaServices(env, log);
  await scheduleMediaJobs(jobs);
  const consumers = startConsumers(createHandlers({ log, redis, jobs, media }), {
    connection: redis,
    prefix: config.QUEUE_PREFIX,
    log,
    // Twice the image threads, so one job's file and database work overlaps another's decoding.
    concurrency: { media: media.threads * 2 },
    worker: { lockDuration: config.JOB_LOCK_MS, stalledInterval: config.JOB_LOCK_MS },
  });
  const metrics = createMetrics('workers');
  const app = createApp({ log, metrics, ready: () => Promise.all([redis.ping(), media.db.query('SELECT 1')]) });
  const server = createHttpServer(app);
  const port = await listen(server, config.WORKERS_PORT, config.HOST);
  log.info({ port, queues: consumers.map((c) => c.name) }, 'workers ready');
  return {
    port,
    close: async () => {
      await Promise.all(consumers.map((c) => c.close()));
      await jobs.close();
      await media.close();
      server.close();
      redis.disconnect();
    },
  };
}

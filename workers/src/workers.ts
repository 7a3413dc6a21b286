import {
  createApp,
  createHttpServer,
  createLogger,
  createMetrics,
  createRedis,
  JobProducer,
  listen,
  loadConfig,
  openDatabase,
  startConsumers,
} from '@zaffa/shared';
import { event, loadEventSettings, scheduleEventJobs } from '@zaffa/event';
import { searchGeneration, vendor } from '@zaffa/vendor';
import { createHandlers } from './handlers.ts';
import { openMediaServices } from './media/services.ts';
import { scheduleMediaJobs } from './media/schedules.ts';

export const workerVariables = [
  'LOG_LEVEL',
  'HOST',
  'WORKERS_PORT',
  'REDIS_URL',
  'QUEUE_PREFIX',
  'DATABASE_URL',
  'DATABASE_PREFIX',
  'SEARCH_RECONCILE_INTERVAL_MS',
  'JOB_LOCK_MS',
  'BOOKING_TIMER_RECONCILE_MS',
  'EVENT_OUTBOX_RELAY_MS',
] as const;

export interface RunningWorkers {
  port: number;
  /** Stops taking jobs, waits for the running ones, then closes connections. */
  close: () => Promise<void>;
}

/** Starts one BullMQ worker per registered queue, plus health and metrics endpoints. */
export async function startWorkers(env: NodeJS.ProcessEnv = process.env): Promise<RunningWorkers> {
  const config = loadConfig(workerVariables, env);
  const log = createLogger('workers', config.LOG_LEVEL);
  const vendorDb = await openDatabase({
    serverUrl: config.DATABASE_URL,
    name: `${config.DATABASE_PREFIX}_vendor`,
    entities: vendor.entities,
    migrations: vendor.migrations,
    log,
    poolSize: 4,
  });
  const eventDb = await openDatabase({
    serverUrl: config.DATABASE_URL,
    name: `${config.DATABASE_PREFIX}_event`,
    entities: event.entities,
    migrations: event.migrations,
    log,
    poolSize: 4,
  });
  const eventSettings = loadEventSettings(env);
  const redis = createRedis(config.REDIS_URL, 'zaffa-workers');
  const jobs = new JobProducer(redis, config.QUEUE_PREFIX);
  const media = await openMediaServices(env, log);
  await scheduleMediaJobs(jobs);
  // Catches up index rows whose job was lost; a scheduler with a fixed id, so every worker process agrees on one.
  await jobs
    .queue('search')
    .upsertJobScheduler('search-reconcile', { every: config.SEARCH_RECONCILE_INTERVAL_MS }, { name: 'reconcileIndex', data: {} });
  await scheduleEventJobs(
    { db: eventDb, jobs, log, settings: eventSettings },
    { timersMs: config.BOOKING_TIMER_RECONCILE_MS, outboxMs: config.EVENT_OUTBOX_RELAY_MS },
  );
  const consumers = startConsumers(
    createHandlers({
      log,
      redis,
      jobs,
      vendorDb,
      eventDb,
      eventSettings,
      media,
      searchGeneration: searchGeneration(redis, config.QUEUE_PREFIX),
    }),
    {
      connection: redis,
      prefix: config.QUEUE_PREFIX,
      log,
      // Twice the image threads, so one job's file and database work overlaps another's decoding.
      concurrency: { media: media.threads * 2 },
      worker: { lockDuration: config.JOB_LOCK_MS, stalledInterval: config.JOB_LOCK_MS },
    },
  );
  const metrics = createMetrics('workers');
  const app = createApp({
    log,
    metrics,
    ready: () => Promise.all([redis.ping(), vendorDb.query('SELECT 1'), eventDb.query('SELECT 1'), media.db.query('SELECT 1')]),
  });
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
      await vendorDb.destroy();
      await eventDb.destroy();
    },
  };
}

import type { Logger } from 'pino';
import type { Redis } from 'ioredis';
import type { Metrics } from '../http/metrics.ts';
import type { GaveUpHandlers, JobHandlers } from './consumer.ts';
import type { JobProducer } from './producer.ts';
import type { QueueName } from './registry.ts';

/** What the workers process hands each subgraph's jobs: its environment, logger, Redis and a way to queue more jobs. */
export interface JobHost {
  /** The environment each subgraph's jobs read their config from (the process's own when absent). */
  env?: NodeJS.ProcessEnv;
  log: Logger;
  redis: Redis;
  jobs: JobProducer;
  queuePrefix: string;
  /** The workers' registry, for the jobs' own measures (database pools...). */
  metrics: Metrics;
}

/** A subgraph's jobs once opened: the handlers of the queues it owns, and what it holds open for them. */
export interface OpenJobs {
  handlers: Partial<JobHandlers>;
  /** What to do with a job the queue gave up on (its last attempt failed, or it stalled too often). */
  gaveUp?: GaveUpHandlers;
  /**
   * Creates the subgraph's recurring jobs (idempotent). The workers run it at start and again whenever Redis
   * comes back without them (a restart that lost its data).
   */
  schedule?: () => Promise<void>;
  /** Jobs of a queue run at once in one process, when the default does not suit. */
  concurrency?: Partial<Record<QueueName, number>>;
  /** Rejects while something the handlers need (their database) does not answer. */
  ready: () => Promise<unknown>;
  close: () => Promise<void>;
}

/** What a subgraph exports as `@zaffa/<name>/jobs`: opens its databases and schedules, and returns its handlers. */
export type SubgraphJobs = (host: JobHost) => Promise<OpenJobs>;

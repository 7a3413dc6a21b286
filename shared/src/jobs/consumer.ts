import { Worker, type Job, type WorkerOptions } from 'bullmq';
import { Histogram } from 'prom-client';
import type { Metrics } from '../http/metrics.ts';
import type { Redis } from 'ioredis';
import type { Logger } from 'pino';
import { requestScope } from '../logger.ts';
import { jobRegistry, type JobEnvelope, type JobName, type JobPayload, type QueueName } from './registry.ts';

export type JobHandler<Q extends QueueName, J extends JobName<Q>> = (payload: JobPayload<Q, J>, job: Job) => Promise<unknown>;

/** Exactly one handler per registered job: the type checker and `startConsumers` both insist. */
export type JobHandlers = { [Q in QueueName]: { [J in JobName<Q>]: JobHandler<Q, J> } };

/** Refuses a handler set with a missing or unknown job, naming it. */
export function checkHandlers(
  handlers: Record<string, Record<string, unknown>>,
  registry: Record<string, Record<string, unknown>> = jobRegistry,
): void {
  const problems: string[] = [];
  for (const [queue, jobs] of Object.entries(registry)) {
    for (const job of Object.keys(jobs)) {
      if (typeof handlers[queue]?.[job] !== 'function') problems.push(`no handler for ${queue}.${job}`);
    }
  }
  for (const [queue, jobs] of Object.entries(handlers)) {
    for (const job of Object.keys(jobs)) {
      if (!registry[queue] || !(job in registry[queue])) problems.push(`handler for unregistered job ${queue}.${job}`);
    }
  }
  if (problems.length > 0) throw new Error(`Job handlers do not match the registry: ${problems.join(', ')}`);
}

export interface ConsumerOptions {
  connection: Redis;
  prefix: string;
  log: Logger;
  concurrency?: Partial<Record<QueueName, number>>;
  worker?: Partial<WorkerOptions>;
  /** Where each job's duration and outcome are recorded (`job_duration_seconds`). */
  metrics?: Metrics;
}

/** One BullMQ worker per queue, dispatching each job to its handler with its payload validated. */
export function startConsumers(handlers: JobHandlers, options: ConsumerOptions): Worker[] {
  checkHandlers(handlers);
  const duration = options.metrics
    ? new Histogram({
        name: 'job_duration_seconds',
        help: 'Time one run of a job took, by queue, job and outcome (completed, failed: a failed run may be retried).',
        labelNames: ['queue', 'job', 'outcome'] as const,
        buckets: [0.01, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 300],
        registers: [options.metrics.registry],
      })
    : undefined;
  return (Object.keys(jobRegistry) as QueueName[]).map((queue) => {
    const worker = new Worker(
      queue,
      async (job: Job) => {
        const { reqId, ...rest } = job.data as JobEnvelope & Record<string, unknown>;
        const schema = (jobRegistry[queue] as Record<string, { parse(v: unknown): unknown }>)[job.name];
        const handler = (handlers[queue] as Record<string, (p: unknown, j: Job) => Promise<unknown>>)[job.name];
        if (!schema || !handler) throw new Error(`unknown job ${queue}.${job.name}`);
        return requestScope.run({ reqId: reqId ?? `job-${job.id}`, operation: `${queue}.${job.name}` }, async () => {
          const started = performance.now();
          const seconds = () => (performance.now() - started) / 1000;
          try {
            const result = await handler(schema.parse(rest), job);
            duration?.observe({ queue, job: job.name, outcome: 'completed' }, seconds());
            options.log.info({ jobId: job.id, ms: Math.round(seconds() * 1000) }, 'job done');
            return result;
          } catch (err) {
            duration?.observe({ queue, job: job.name, outcome: 'failed' }, seconds());
            throw err;
          }
        });
      },
      { connection: options.connection, prefix: options.prefix, concurrency: options.concurrency?.[queue] ?? 4, ...options.worker },
    );
    worker.on('failed', (job, err) => options.log.warn({ jobId: job?.id, attempt: job?.attemptsMade, err }, 'job failed'));
    worker.on('error', (err) => options.log.error({ err }, 'worker error'));
    return worker;
  });
}

import { Worker, type Job, type WorkerOptions } from 'bullmq';
import { Histogram } from 'prom-client';
import { context, SpanKind, SpanStatusCode, trace } from '@opentelemetry/api';
import type { Metrics } from '../http/metrics.ts';
import { continuedTrace } from '../tracing/propagation.ts';
import type { Tracing } from '../tracing/tracing.ts';
import type { Redis } from 'ioredis';
import type { Logger } from 'pino';
import { requestScope, type RequestFields } from '../logger.ts';
import { jobRegistry, type JobEnvelope, type JobName, type JobPayload, type QueueName } from './registry.ts';

export type JobHandler<Q extends QueueName, J extends JobName<Q>> = (payload: JobPayload<Q, J>, job: Job) => Promise<unknown>;

/** Exactly one handler per registered job: the type checker and `startConsumers` both insist. */
export type JobHandlers = { [Q in QueueName]: { [J in JobName<Q>]: JobHandler<Q, J> } };

/**
 * What to do when a job has failed for good: its last attempt threw, or it stalled past the limit (a worker
 * that died with it, again and again), which BullMQ fails without running it. Where a row waits on the job.
 */
export type GaveUpHandler<Q extends QueueName, J extends JobName<Q>> = (
  payload: JobPayload<Q, J>,
  err: Error,
  job: Job,
) => Promise<unknown>;
export type GaveUpHandlers = { [Q in QueueName]?: { [J in JobName<Q>]?: GaveUpHandler<Q, J> } };

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
  /** A span per job run, continuing the trace of whatever queued it. */
  tracing?: Tracing;
  /** Called once a job will not be tried again. */
  gaveUp?: GaveUpHandlers;
}

/** One BullMQ worker per queue, dispatching each job to its handler with its payload validated. */
export function startConsumers(handlers: JobHandlers, options: ConsumerOptions): Worker[] {
  checkHandlers(handlers);
  const duration = options.metrics
    ? new Histogram({
        name: 'job_duration_seconds',
        help: 'Time one run of a job took, by queue, job and outcome (completed, failed: a failed run may be retried).',
        // `job_name`, not `job`: Prometheus keeps `job` for the scrape job and would rename ours `exported_job`.
        labelNames: ['queue', 'job_name', 'outcome'] as const,
        buckets: [0.01, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 300],
        registers: [options.metrics.registry],
      })
    : undefined;
  return (Object.keys(jobRegistry) as QueueName[]).map((queue) => {
    /** One run of a job in its log scope, timed by outcome. */
    const run = (scope: RequestFields, job: Job, work: () => Promise<unknown>) =>
      requestScope.run(scope, async () => {
        const started = performance.now();
        const seconds = () => (performance.now() - started) / 1000;
        try {
          const result = await work();
          duration?.observe({ queue, job_name: job.name, outcome: 'completed' }, seconds());
          options.log.info({ jobId: job.id, ms: Math.round(seconds() * 1000) }, 'job done');
          return result;
        } catch (err) {
          duration?.observe({ queue, job_name: job.name, outcome: 'failed' }, seconds());
          throw err;
        }
      });
    const worker = new Worker(
      queue,
      async (job: Job) => {
        const { reqId, trace: carrier, ...rest } = job.data as JobEnvelope & Record<string, unknown>;
        const schema = (jobRegistry[queue] as Record<string, { parse(v: unknown): unknown }>)[job.name];
        const handler = (handlers[queue] as Record<string, (p: unknown, j: Job) => Promise<unknown>>)[job.name];
        if (!schema || !handler) throw new Error(`unknown job ${queue}.${job.name}`);
        const scope = { reqId: reqId ?? `job-${job.id}`, operation: `${queue}.${job.name}` };
        const work = () => handler(schema.parse(rest), job);
        if (!options.tracing?.enabled) return run(scope, job, work);
        const span = options.tracing.tracer.startSpan(
          `job ${queue}.${job.name}`,
          {
            kind: SpanKind.CONSUMER,
            attributes: { 'messaging.destination.name': queue, 'messaging.message.id': String(job.id), 'zaffa.request_id': scope.reqId },
          },
          continuedTrace(carrier),
        );
        try {
          return await context.with(trace.setSpan(context.active(), span), () => run(scope, job, work));
        } catch (err) {
          span.setStatus({ code: SpanStatusCode.ERROR, message: err instanceof Error ? err.message : String(err) });
          throw err;
        } finally {
          span.end();
        }
      },
      { connection: options.connection, prefix: options.prefix, concurrency: options.concurrency?.[queue] ?? 4, ...options.worker },
    );
    worker.on('failed', (job, err) => {
      options.log.warn({ jobId: job?.id, attempt: job?.attemptsMade, err }, 'job failed');
      // BullMQ sets `finishedOn` only when the job moved to failed rather than back to a retry.
      const gaveUp = job?.finishedOn
        ? (options.gaveUp?.[queue] as Record<string, GaveUpHandler<QueueName, never>> | undefined)?.[job.name]
        : undefined;
      if (!job || !gaveUp) return;
      const { reqId: _reqId, trace: _trace, ...rest } = job.data as JobEnvelope & Record<string, unknown>;
      const schema = (jobRegistry[queue] as Record<string, { parse(v: unknown): unknown }>)[job.name]!;
      requestScope.run({ reqId: `job-${job.id}`, operation: `${queue}.${job.name}` }, () =>
        Promise.resolve()
          .then(() => gaveUp(schema.parse(rest) as never, err, job))
          .catch((hookErr: unknown) => options.log.error({ err: hookErr, jobId: job.id }, 'could not record a job given up')),
      );
    });
    worker.on('error', (err) => options.log.error({ err }, 'worker error'));
    return worker;
  });
}

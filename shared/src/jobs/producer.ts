import { Queue, type JobsOptions } from 'bullmq';
import type { Redis } from 'ioredis';
import { requestScope } from '../logger.ts';
import { traceCarrier } from '../tracing/propagation.ts';
import { defaultJobOptions, jobRegistry, type JobEnvelope, type JobName, type JobPayload, type QueueName } from './registry.ts';

/** Sends jobs to the registry's queues; payloads are validated before they leave. */
export class JobProducer {
  readonly #queues = new Map<QueueName, Queue>();
  readonly #connection: Redis;
  readonly #prefix: string;

  constructor(connection: Redis, prefix: string) {
    this.#connection = connection;
    this.#prefix = prefix;
  }

  queue(name: QueueName): Queue {
    let queue = this.#queues.get(name);
    if (!queue) {
      queue = new Queue(name, { connection: this.#connection, prefix: this.#prefix, defaultJobOptions });
      this.#queues.set(name, queue);
    }
    return queue;
  }

  /** Queues a job. With the same `jobId` a second call is a no-op, which makes enqueueing safe to retry. */
  async enqueue<Q extends QueueName, J extends JobName<Q>>(
    queue: Q,
    job: J,
    payload: JobPayload<Q, J>,
    options: JobsOptions & { jobId: string },
  ) {
    const schema = jobRegistry[queue][job] as { parse(v: unknown): unknown };
    const trace = traceCarrier();
    const data: JobEnvelope = {
      ...(schema.parse(payload) as object),
      reqId: requestScope.getStore()?.reqId,
      ...(trace.traceparent ? { trace } : {}),
    };
    return this.queue(queue).add(job, data, options);
  }

  async close(): Promise<void> {
    await Promise.all([...this.#queues.values()].map((q) => q.close()));
  }
}

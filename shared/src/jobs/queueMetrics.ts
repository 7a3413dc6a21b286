import { Gauge } from 'prom-client';
import type { Metrics } from '../http/metrics.ts';
import type { JobProducer } from './producer.ts';
import { jobRegistry, type QueueName } from './registry.ts';

const states = ['waiting', 'prioritized', 'active', 'delayed', 'failed'] as const;

/** `queue_jobs{queue,state}`: every queue's job counts, read from Redis when Prometheus scrapes. */
export function watchQueues(metrics: Metrics, jobs: JobProducer): void {
  new Gauge({
    name: 'queue_jobs',
    help: 'Jobs in each queue by state: waiting, prioritized, active, delayed, failed (kept for inspection).',
    labelNames: ['queue', 'state'] as const,
    registers: [metrics.registry],
    async collect() {
      await Promise.all(
        (Object.keys(jobRegistry) as QueueName[]).map(async (queue) => {
          const counts = await jobs.queue(queue).getJobCounts(...states);
          for (const state of states) this.set({ queue, state }, counts[state] ?? 0);
        }),
      );
    },
  });
}

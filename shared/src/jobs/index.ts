export * from './registry.ts';
export { JobProducer } from './producer.ts';
export {
  startConsumers,
  checkHandlers,
  type JobHandlers,
  type JobHandler,
  type ConsumerOptions,
  type GaveUpHandler,
  type GaveUpHandlers,
} from './consumer.ts';
export type { JobHost, OpenJobs, SubgraphJobs } from './host.ts';
export { watchQueues } from './queueMetrics.ts';

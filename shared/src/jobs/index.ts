export * from './registry.ts';
export { JobProducer } from './producer.ts';
export { startConsumers, checkHandlers, type JobHandlers, type JobHandler, type ConsumerOptions } from './consumer.ts';
export type { JobHost, OpenJobs, SubgraphJobs } from './host.ts';

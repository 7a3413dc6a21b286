export { messaging } from './subgraph.ts';
export { messagingConfig, messagingJobsConfig } from './config.ts';

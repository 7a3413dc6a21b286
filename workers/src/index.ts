export { startWorkers, type RunningWorkers } from './workers.ts';
export { workersConfig, type WorkersConfig } from './config.ts';

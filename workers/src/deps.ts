import type { JobProducer, Logger, Redis } from '@zaffa/shared';

/** What job handlers may use. */
export interface WorkerDeps {
  log: Logger;
  redis: Redis;
  jobs: JobProducer;
}

import type { JobProducer, Logger, Redis } from '@zaffa/shared';
import type { MediaServices } from './media/services.ts';

/** What job handlers may use. */
export interface WorkerDeps {
  log: Logger;
  redis: Redis;
  jobs: JobProducer;
  media: MediaServices;
}

import type { EventBus, JobProducer, Logger, Redis } from '@zaffa/shared';
import type { SearchGeneration } from '@zaffa/vendor';
import type { DataSource } from 'typeorm';
import type { MediaServices } from './media/services.ts';

/** What job handlers may use. */
export interface WorkerDeps {
  log: Logger;
  redis: Redis;
  jobs: JobProducer;
  /** Subscription events, announced after a job's change committed. */
  events: EventBus;
  /** The vendor subgraph's database, for the vendor and search jobs, which are that subgraph's work. */
  vendorDb: DataSource;
  media: MediaServices;
  /** Bumped after every change to the search index, which retires the cached search answers. */
  searchGeneration: SearchGeneration;
}

import type { JobProducer, Logger, Redis } from '@zaffa/shared';
import type { EventSettings } from '@zaffa/event';
import type { SearchGeneration } from '@zaffa/vendor';
import type { DataSource } from 'typeorm';
import type { MediaServices } from './media/services.ts';

/** What job handlers may use. */
export interface WorkerDeps {
  log: Logger;
  redis: Redis;
  jobs: JobProducer;
  /** The vendor subgraph's database, for the vendor and search jobs, which are that subgraph's work. */
  vendorDb: DataSource;
  /** The event subgraph's database, for booking timers, its outbox and the vendor terms it keeps. */
  eventDb: DataSource;
  eventSettings: EventSettings;
  media: MediaServices;
  /** Bumped after every change to the search index, which retires the cached search answers. */
  searchGeneration: SearchGeneration;
}

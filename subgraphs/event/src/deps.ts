import type { JobProducer, Logger, SubgraphDeps } from '@zaffa/shared';
import type { DataSource } from 'typeorm';
import type { BookingSettings, EventSettings } from './config.ts';

export type EventDeps = SubgraphDeps<EventSettings>;

/** What booking work needs, whether it runs in the subgraph or in a worker. */
export interface BookingDeps {
  db: DataSource;
  jobs: JobProducer;
  log: Logger;
  settings: BookingSettings;
}

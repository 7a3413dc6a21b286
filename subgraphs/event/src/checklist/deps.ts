import type { JobProducer, Logger } from '@zaffa/shared';
import type { DataSource } from 'typeorm';
import type { ReminderSettings } from '../config.ts';

/** What checklist and reminder work needs, whether it runs in the subgraph or in a worker. */
export interface ChecklistDeps {
  db: DataSource;
  jobs: JobProducer;
  log: Logger;
  settings: ReminderSettings;
}

import type { Logger } from '@zaffa/shared';
import type { DataSource } from 'typeorm';
import type { SearchGeneration } from '../search/generation.ts';

/** What the vendor subgraph's jobs work with. */
export interface VendorJobDeps {
  db: DataSource;
  log: Logger;
  /** Bumped after every change to the search index, which retires the cached search answers. */
  searchGeneration: SearchGeneration;
}

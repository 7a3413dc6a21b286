import { loaderById } from '@zaffa/shared';
import type { DataSource } from 'typeorm';
import { UserEntity } from './entities/User.ts';

/** Per-request batchers: every user asked for in one request is read with one query. */
export function createLoaders(db: DataSource) {
  return {
    user: loaderById(db, UserEntity),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;

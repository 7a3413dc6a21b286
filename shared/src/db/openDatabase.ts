import { DataSource, type EntitySchema, type MigrationInterface } from 'typeorm';
import type { Logger } from 'pino';
import { databaseUrl, ensureDatabase } from './ensureDatabase.ts';

export interface DatabaseOptions {
  /** Postgres server URL (DATABASE_URL). */
  serverUrl: string;
  /** The subgraph's own database name, e.g. `zaffa_vendor`. */
  name: string;
  entities: EntitySchema[];
  migrations: (new () => MigrationInterface)[];
  log: Logger;
  poolSize?: number;
}

/**
 * Opens a subgraph's own database: creates it if missing, then applies the checked-in migrations.
 * The schema is never synchronized from entities; a failing migration throws, so the service refuses to start.
 */
export async function openDatabase(options: DatabaseOptions): Promise<DataSource> {
  await ensureDatabase(options.serverUrl, options.name).catch((err: Error) => {
    const { host, port } = new URL(options.serverUrl);
    throw new Error(`DATABASE_URL: cannot use the Postgres server at ${host || 'localhost'}:${port || 5432}: ${err.message}`, {
      cause: err,
    });
  });
  const dataSource = new DataSource({
    type: 'postgres',
    url: databaseUrl(options.serverUrl, options.name),
    entities: options.entities,
    migrations: options.migrations,
    synchronize: false,
    migrationsRun: false,
    migrationsTransactionMode: 'each',
    extra: { max: options.poolSize ?? 10, connectionTimeoutMillis: 5000 },
  });
  await dataSource.initialize();
  // Replicas and workers open the same database at once; an advisory lock lets one migrate while the others wait.
  const lock = dataSource.createQueryRunner();
  try {
    await lock.query('SELECT pg_advisory_lock(hashtext($1))', [`migrations:${options.name}`]);
    const applied = await dataSource.runMigrations({ transaction: 'each' });
    for (const m of applied) options.log.info({ migration: m.name }, 'migration applied');
  } catch (err) {
    await lock.release();
    await dataSource.destroy();
    throw err;
  }
  await lock.query('SELECT pg_advisory_unlock(hashtext($1))', [`migrations:${options.name}`]);
  await lock.release();
  return dataSource;
}

import { createLogger, loadConfig, openDatabase } from '@zaffa/shared';
import { vendor } from '@zaffa/vendor';

/** The vendor subgraph's database, as the environment names it, migrated: what the seed and the rebuild command work on. */
export async function openVendorDatabase(env: NodeJS.ProcessEnv = process.env) {
  const config = loadConfig(['DATABASE_URL', 'DATABASE_PREFIX', 'LOG_LEVEL'], env);
  const log = createLogger('scripts', config.LOG_LEVEL);
  const db = await openDatabase({ serverUrl: config.DATABASE_URL, name: `${config.DATABASE_PREFIX}_vendor`, entities: vendor.entities, migrations: vendor.migrations, log });
  return { db, log, name: `${config.DATABASE_PREFIX}_vendor` };
}

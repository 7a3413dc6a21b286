import { baseVariables, createLogger, loadConfig, openDatabase, type SubgraphDefinition } from '@zaffa/shared';

/** A subgraph's own database, as the environment names it, migrated: what seeds and commands work on. */
export async function openSubgraphDatabase(
  def: Pick<SubgraphDefinition<never, never>, 'name' | 'entities' | 'migrations'>,
  env: NodeJS.ProcessEnv = process.env,
) {
  const config = loadConfig(baseVariables, env);
  const log = createLogger('scripts', config.LOG_LEVEL);
  const name = `${config.DATABASE_PREFIX}_${def.name}`;
  const db = await openDatabase({ serverUrl: config.DATABASE_URL, name, entities: def.entities, migrations: def.migrations, log });
  return { db, log, name };
}

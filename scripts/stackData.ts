import pg from 'pg';
import { baseVariables, loadConfig } from '@zaffa/shared';
import { subgraphs } from './services.ts';

/** The tables whose rows are a stack's data (reference data that migrations write, such as places, is not). */
export const dataTables: Record<string, string[]> = {
  accounts: ['users'],
  vendor: ['vendors'],
  event: ['events', 'reviews'],
  media: ['media'],
};

/** Each subgraph database's name on the server the environment names. */
export function subgraphDatabases(env: NodeJS.ProcessEnv = process.env) {
  const config = loadConfig(baseVariables, env);
  return subgraphs.map(({ name }) => ({ subgraph: name, database: `${config.DATABASE_PREFIX}_${name}`, serverUrl: config.DATABASE_URL }));
}

export const databaseUrl = (serverUrl: string, database: string) => {
  const url = new URL(serverUrl);
  url.pathname = `/${database}`;
  return url.toString();
};

/** The databases that already hold data ("zaffa_vendor: 500 rows in vendors"); empty when there is none, or no database yet. */
export async function databasesWithData(env: NodeJS.ProcessEnv = process.env): Promise<string[]> {
  const found: string[] = [];
  for (const { subgraph, database, serverUrl } of subgraphDatabases(env)) {
    const client = new pg.Client({ connectionString: databaseUrl(serverUrl, database) });
    try {
      await client.connect();
    } catch (err) {
      if ((err as { code?: string }).code === '3D000') continue; // no such database yet
      throw err;
    }
    try {
      for (const table of dataTables[subgraph] ?? []) {
        const { rows } = await client.query<{ present: boolean }>(`SELECT to_regclass($1) IS NOT NULL AS present`, [table]);
        if (!rows[0]?.present) continue;
        const count = await client.query<{ n: string }>(
          `SELECT count(*) AS n FROM (SELECT 1 FROM ${pg.escapeIdentifier(table)} LIMIT 1000) t`,
        );
        if (Number(count.rows[0]!.n) > 0) found.push(`${database}: rows in ${table}`);
      }
    } finally {
      await client.end();
    }
  }
  return found;
}

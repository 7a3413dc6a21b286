import { randomBytes } from 'node:crypto';

/**
 * An environment for one test file: its own databases and queue prefix (inside the run's, when
 * `npm test` set one), free ports, and quiet logs, so test files never see each other's data.
 */
export function testEnv(extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  const id = randomBytes(4).toString('hex');
  const runPrefix = process.env.DATABASE_PREFIX?.startsWith('zaffa_test') ? process.env.DATABASE_PREFIX : 'zaffa_test';
  return {
    ...process.env,
    NODE_ENV: 'test',
    LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'silent',
    DATABASE_PREFIX: `${runPrefix}_${id}`,
    QUEUE_PREFIX: `${process.env.QUEUE_PREFIX?.startsWith('zaffa-test') ? process.env.QUEUE_PREFIX : 'zaffa-test'}-${id}`,
    ACCOUNTS_PORT: '0',
    VENDOR_PORT: '0',
    EVENT_PORT: '0',
    MEDIA_PORT: '0',
    WORKERS_PORT: '0',
    GATEWAY_PORT: '0',
    ...extra,
  };
}

/** Drops every database of a test environment's prefix (a stack's, or a benchmark's). */
export async function dropTestDatabases(env: NodeJS.ProcessEnv): Promise<void> {
  const { default: pg } = await import('pg');
  const prefix = env.DATABASE_PREFIX;
  if (!prefix?.startsWith('zaffa_test')) throw new Error(`refusing to drop databases of prefix ${prefix}`);
  const client = new pg.Client({ connectionString: env.DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/postgres' });
  await client.connect();
  try {
    const { rows } = await client.query<{ datname: string }>(`SELECT datname FROM pg_database WHERE datname LIKE $1`, [`${prefix}\\_%`]);
    for (const { datname } of rows) await client.query(`DROP DATABASE IF EXISTS ${pg.escapeIdentifier(datname)} WITH (FORCE)`);
  } finally {
    await client.end();
  }
}

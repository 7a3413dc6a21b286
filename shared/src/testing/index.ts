import pg from 'pg';
import { Redis } from 'ioredis';
import { randomBytes } from 'node:crypto';
import type { ServiceConfig } from '../config/service.ts';

/**
 * An environment for one test file: its own databases and queue prefix (inside the run's, when
 * `npm test` set one), a free port for each of `services`, quiet logs, and a gateway key of its own
 * (`SUBGRAPH_SECRET`), so test files never see each other's data.
 */
export function testEnv(extra: NodeJS.ProcessEnv = {}, services: readonly ServiceConfig[] = []): NodeJS.ProcessEnv {
  const id = randomBytes(4).toString('hex');
  const runPrefix = process.env.DATABASE_PREFIX?.startsWith('zaffa_test') ? process.env.DATABASE_PREFIX : 'zaffa_test';
  return {
    ...process.env,
    NODE_ENV: 'test',
    LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'silent',
    DATABASE_PREFIX: `${runPrefix}_${id}`,
    QUEUE_PREFIX: `${process.env.QUEUE_PREFIX?.startsWith('zaffa-test') ? process.env.QUEUE_PREFIX : 'zaffa-test'}-${id}`,
    SUBGRAPH_SECRET: randomBytes(32).toString('hex'),
    ...Object.fromEntries(services.flatMap((service) => (service.port ? [[service.port, '0']] : []))),
    ...extra,
  };
}

/**
 * Drops the databases whose names start with `databasePrefix` and the Redis keys under `queuePrefix`:
 * what one test or benchmark run made. Refuses any prefix but a test's or a benchmark's.
 */
export async function removeRunData(databaseUrl: string, databasePrefix: string, redisUrl: string, queuePrefix: string): Promise<void> {
  if (!/^zaffa_(test|bench)/.test(databasePrefix) || !/^zaffa-(test|bench)/.test(queuePrefix)) {
    throw new Error(`refusing to remove data of prefixes ${databasePrefix} / ${queuePrefix}`);
  }
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{ datname: string }>(`SELECT datname FROM pg_database WHERE starts_with(datname, $1)`, [
      databasePrefix,
    ]);
    for (const { datname } of rows) await client.query(`DROP DATABASE IF EXISTS ${pg.escapeIdentifier(datname)} WITH (FORCE)`);
  } finally {
    await client.end();
  }
  const redis = new Redis(redisUrl, { maxRetriesPerRequest: 1 });
  try {
    let cursor = '0';
    do {
      const [next, keys] = await redis.scan(cursor, 'MATCH', `${queuePrefix}*`, 'COUNT', 1000);
      if (keys.length > 0) await redis.unlink(...keys);
      cursor = next;
    } while (cursor !== '0');
  } finally {
    redis.disconnect();
  }
}

/** What a test stack made: its databases and its Redis keys. */
export const removeStackData = (env: NodeJS.ProcessEnv) =>
  removeRunData(
    env.DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/postgres',
    env.DATABASE_PREFIX!,
    env.REDIS_URL || 'redis://127.0.0.1:6379',
    env.QUEUE_PREFIX!,
  );
export { startS3Server, type S3Server } from './s3Server.ts';

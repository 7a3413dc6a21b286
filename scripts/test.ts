// `npm test`: every test file against the real Postgres and Redis, in databases and a queue prefix
// made for this run alone, removed afterwards.
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { globSync } from 'node:fs';
import { removeRunData } from '@zaffa/shared/testing';
import { defaultDatabaseUrl, defaultRedisUrl } from './localServices.ts';

const runId = `${Date.now().toString(36)}${randomBytes(2).toString('hex')}`;
const databasePrefix = `zaffa_test_${runId}`;
const queuePrefix = `zaffa-test-${runId}`;
const databaseUrl = process.env.DATABASE_URL || defaultDatabaseUrl;
const redisUrl = process.env.REDIS_URL || defaultRedisUrl;

const patterns =
  process.argv.slice(2).length > 0 ? process.argv.slice(2) : ['{shared,gateway,workers,subgraphs/*}/src/**/*.test.ts', 'test/**/*.test.ts'];
const files = patterns.flatMap((p) => globSync(p, { exclude: (f) => f.includes('node_modules') })).sort();

const child = spawn(process.execPath, ['--test', '--test-concurrency=2', '--test-timeout=120000', ...files], {
  stdio: 'inherit',
  env: {
    ...process.env,
    NODE_ENV: 'test',
    DATABASE_URL: databaseUrl,
    REDIS_URL: redisUrl,
    DATABASE_PREFIX: databasePrefix,
    QUEUE_PREFIX: queuePrefix,
  },
});
const code = await new Promise<number>((resolve) => child.on('exit', (c, signal) => resolve(c ?? (signal ? 1 : 0))));

await cleanUp().catch((err) => console.error(`cleanup failed: ${err instanceof Error ? err.message : err}`));
process.exit(code);

/** Drops this run's databases and Redis keys, so repeated runs leave nothing behind. */
function cleanUp() {
  return removeRunData(databaseUrl, databasePrefix, redisUrl, queuePrefix);
}

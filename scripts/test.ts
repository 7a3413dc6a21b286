// `npm test`: every test file against the real Postgres and Redis, in databases and a queue prefix
// made for this run alone, removed afterwards.
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { globSync, mkdirSync } from 'node:fs';
import { ensurePlaygroundBuilt } from '@zaffa/playground/build';
import { removeRunData } from '@zaffa/shared/testing';
import { defaultDatabaseUrl, defaultRedisUrl } from './localServices.ts';

const runId = `${Date.now().toString(36)}${randomBytes(2).toString('hex')}`;
const databasePrefix = `zaffa_test_${runId}`;
const queuePrefix = `zaffa-test-${runId}`;
// Screenshots and other files tests leave for a person to look at; kept after the run.
const outputDir = process.env.TEST_OUTPUT_DIR || `.data/test-output/${runId}`;
mkdirSync(outputDir, { recursive: true });
const databaseUrl = process.env.DATABASE_URL || defaultDatabaseUrl;
const redisUrl = process.env.REDIS_URL || defaultRedisUrl;

const patterns =
  process.argv.slice(2).length > 0 ? process.argv.slice(2) : ['{shared,gateway,workers,subgraphs/*}/src/**/*.test.ts', 'test/**/*.test.ts'];
const files = patterns.flatMap((p) => globSync(p, { exclude: (f) => f.includes('node_modules') })).sort();

await ensurePlaygroundBuilt();
const child = spawn(process.execPath, ['--test', '--test-concurrency=2', '--test-timeout=120000', ...files], {
  stdio: 'inherit',
  env: {
    ...process.env,
    NODE_ENV: 'test',
    DATABASE_URL: databaseUrl,
    REDIS_URL: redisUrl,
    DATABASE_PREFIX: databasePrefix,
    QUEUE_PREFIX: queuePrefix,
    TEST_OUTPUT_DIR: outputDir,
  },
});
const code = await new Promise<number>((resolve) => child.on('exit', (c, signal) => resolve(c ?? (signal ? 1 : 0))));

await cleanUp().catch((err) => console.error(`cleanup failed: ${err instanceof Error ? err.message : err}`));
console.log(`test output: ${outputDir}`);
process.exit(code);

/** Drops this run's databases and Redis keys, so repeated runs leave nothing behind. */
function cleanUp() {
  return removeRunData(databaseUrl, databasePrefix, redisUrl, queuePrefix);
}

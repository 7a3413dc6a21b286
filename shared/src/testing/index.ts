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

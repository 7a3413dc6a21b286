import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { baseVariables } from './base.ts';
import { ConfigError, loadConfig } from './load.ts';
import { portVariable } from './variable.ts';

const GATEWAY_PORT = portVariable(4000, 'Port of the gateway.');
const { DATABASE_PREFIX, DATABASE_URL, LOG_LEVEL } = baseVariables;

describe('loadConfig', () => {
  it('fills defaults and coerces numbers', () => {
    const config = loadConfig({ GATEWAY_PORT, DATABASE_PREFIX }, { GATEWAY_PORT: '4100' });
    assert.deepEqual(config, { GATEWAY_PORT: 4100, DATABASE_PREFIX: 'zaffa' });
  });

  it('treats an empty value as unset', () => {
    assert.equal(loadConfig({ LOG_LEVEL }, { LOG_LEVEL: '' }).LOG_LEVEL, 'info');
  });

  it('names every bad variable in one error', () => {
    assert.throws(
      () => loadConfig({ DATABASE_URL, GATEWAY_PORT, LOG_LEVEL }, { DATABASE_URL: 'not a url', GATEWAY_PORT: '70000', LOG_LEVEL: 'info' }),
      (err: unknown) =>
        err instanceof ConfigError &&
        /DATABASE_URL/.test(err.message) &&
        /GATEWAY_PORT/.test(err.message) &&
        !/LOG_LEVEL/.test(err.message),
    );
  });
});

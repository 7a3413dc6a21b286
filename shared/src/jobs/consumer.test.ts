import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { checkHandlers } from './consumer.ts';

const registry = { media: { process: {}, expire: {} } };
const noop = async () => {};

describe('checkHandlers', () => {
  it('accepts exactly one handler per registered job', () => {
    assert.doesNotThrow(() => checkHandlers({ media: { process: noop, expire: noop } }, registry));
  });

  it('refuses to boot when a job has no handler, naming it', () => {
    assert.throws(() => checkHandlers({ media: { process: noop } }, registry), /no handler for media\.expire/);
  });

  it('refuses a handler for a job nobody registered', () => {
    assert.throws(
      () => checkHandlers({ media: { process: noop, expire: noop, resize: noop } }, registry),
      /unregistered job media\.resize/,
    );
  });
});

import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { auditServer } from 'graphql-http';
import { startStack, type Stack } from './support/stack.ts';

describe('the GraphQL-over-HTTP spec at the gateway (graphql-http server audit)', () => {
  let stack: Stack;
  before(async () => {
    stack = await startStack();
  });
  after(() => stack.stop());

  it('passes every MUST and SHOULD: no error, no warning', async () => {
    const results = await auditServer({ url: stack.gateway.url });
    const failing = results
      .filter((r) => r.status === 'error' || r.status === 'warn')
      .map((r) => `${r.status} ${r.id} ${r.name}: ${'reason' in r ? r.reason : ''}`);
    assert.deepEqual(failing, []);
    assert.ok(results.filter((r) => r.status === 'ok').length >= 50, 'the audit ran its checks');
  });
});

import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { startPrometheus, type Prometheus } from './support/prometheus.ts';
import { startStack, type Stack } from './support/stack.ts';

/** Resolves once `check` passes, retrying while Prometheus scrapes; throws its last failure after `ms`. */
async function eventually(check: () => Promise<void>, ms = 20_000): Promise<void> {
  const deadline = Date.now() + ms;
  for (;;) {
    try {
      return await check();
    } catch (err) {
      if (Date.now() > deadline) throw err;
      await new Promise((r) => setTimeout(r, 250));
    }
  }
}

describe("the repository's Prometheus configuration on a running stack", () => {
  let stack: Stack;
  let prometheus: Prometheus;

  before(async () => {
    stack = await startStack({}, { workers: true });
    prometheus = await startPrometheus(stack);
  });

  after(async () => {
    await prometheus?.stop();
    await stack?.stop();
  });

  it('finds every job up', async () => {
    await eventually(async () => {
      const targets = await prometheus.targets();
      assert.deepEqual(
        targets.map((t) => `${t.labels.job} ${t.health} ${t.lastError}`).sort(),
        ['gateway', 'workers', 'prometheus', ...Object.keys(stack.subgraphs)].sort().map((job) => `${job} up `),
      );
    });
  });

  it('loads every alert rule', async () => {
    const rules = await prometheus.rules();
    assert.ok(rules.length >= 7);
    for (const rule of rules) assert.notEqual(rule.health, 'err', rule.name);
  });
});

import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import { parse } from 'yaml';
import { SEARCH_TABLE, searchGeneration } from '@zaffa/vendor';
import { insertCatalogue } from './support/catalogue.ts';
import { fixture, uploadAndProcess } from './support/media.ts';
import { metricNames, metricSelectors } from './support/promql.ts';
import { search } from './support/search.ts';
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

  /** What users do on a day, so every series a dashboard shows exists: sign-up, searches (index, cache, fallback), an upload, an error. */
  async function someTraffic() {
    const signUp = `mutation SignUp($input: SignUpInput!) { signUp(input: $input) { user { id } } }`;
    const input = { email: 'amina@example.dz', password: 'correct horse battery', displayName: 'Amina' };
    assert.equal((await stack.query(signUp, { input })).body.errors, undefined);
    assert.equal((await stack.query(signUp, { input })).body.errors?.[0]?.extensions?.code, 'CONFLICT');
    await insertCatalogue(stack.subgraphs.vendor.deps.db);
    await search(stack, { filter: { text: 'salle' } });
    await search(stack, { filter: { text: 'salle' } });
    await uploadAndProcess(stack, '00000000-0000-4000-8000-00000000c201', fixture('jpg_gps_DSCN0010.jpg'), 'hall.jpg');
    await stack.subgraphs.vendor.deps.db.query(`DROP TABLE ${SEARCH_TABLE}`);
    await searchGeneration(stack.subgraphs.vendor.deps.redis, stack.env.QUEUE_PREFIX!).bump();
    assert.equal((await search(stack, { filter: { text: 'salle' } })).searchMode, 'FALLBACK');
    // A job that fails (its payload is refused), as the failed-jobs panel and alert count them.
    await stack.subgraphs.media.deps.jobs
      .queue('media')
      .add('process', { mediaId: 'not-a-media-id' }, { attempts: 1, jobId: 'monitoring-failed-probe' });
  }

  it("finds on the stack every series each dashboard panel's query uses", async () => {
    await someTraffic();
    const dashboards = ['operational', 'strategic'].map(
      (name) =>
        JSON.parse(readFileSync(new URL(`../monitoring/grafana/dashboards/${name}.json`, import.meta.url), 'utf8')) as {
          title: string;
          panels: { title: string; targets?: { expr: string }[] }[];
        },
    );
    const queries = dashboards.flatMap((d) =>
      d.panels.flatMap((p) => (p.targets ?? []).map((t) => ({ where: `${d.title} / ${p.title}`, expr: t.expr }))),
    );
    assert.ok(queries.length > 30);
    await eventually(async () => {
      const missing: string[] = [];
      for (const { where, expr } of queries) {
        // Grafana's own variables, as it would fill them in.
        const promql = expr.replaceAll('$__rate_interval', '1m').replaceAll('$__range', '1h').replaceAll('$__interval', '1m');
        await prometheus.query(promql).catch((err: Error) => assert.fail(`${where}: ${err.message}`));
        // With their label matchers: a series that exists for other labels does not show this panel's.
        for (const selector of metricSelectors(promql)) {
          if ((await prometheus.series(selector)).length === 0) missing.push(`${where}: ${selector}`);
        }
      }
      assert.deepEqual(missing, []);
    }, 30_000);
  });

  it('finds every series the alert rules use, but the backup job that another part of the system reports', async () => {
    const groups = parse(readFileSync(new URL('../monitoring/prometheus/alerts.yml', import.meta.url), 'utf8')) as {
      groups: { rules: { alert: string; expr: string }[] }[];
    };
    const missing: string[] = [];
    for (const rule of groups.groups.flatMap((g) => g.rules)) {
      for (const name of metricNames(rule.expr)) {
        if (name.startsWith('backup_')) continue;
        if ((await prometheus.series(name)).length === 0) missing.push(`${rule.alert}: ${name}`);
      }
    }
    assert.deepEqual(missing, []);
  });

  it('loads every alert rule', async () => {
    const rules = await prometheus.rules();
    assert.ok(rules.length >= 7);
    for (const rule of rules) assert.notEqual(rule.health, 'err', rule.name);
  });
});

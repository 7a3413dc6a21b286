// `npm run check`: what CI checks besides the tests — types, lint, and that nothing generated is stale.
import { spawnSync } from 'node:child_process';

const steps: [string, string[]][] = [
  ['typecheck', ['npx', 'tsc']],
  ['typecheck playground (browser)', ['npx', 'tsc', '-p', 'gateway/playground']],
  ['lint', ['npx', 'eslint', '.']],
  ['format', ['npx', 'prettier', '--check', '.']],
  ['generated resolver types', ['npx', 'graphql-codegen', '--config', 'codegen.yml', '--check']],
  ['supergraph', [process.execPath, 'scripts/compose.ts', '--check']],
  ['README environment table', [process.execPath, 'scripts/envTable.ts', '--check']],
  // promtool comes with Debian's `prometheus` package (.ci/run installs it).
  ['Prometheus configuration', ['promtool', 'check', 'config', 'monitoring/prometheus/prometheus.yml']],
  ['Prometheus alert rules', ['promtool', 'check', 'rules', 'monitoring/prometheus/alerts.yml']],
];

let failed = 0;
for (const [name, [cmd, ...args]] of steps) {
  const started = performance.now();
  const result = spawnSync(cmd!, args, { stdio: ['ignore', 'pipe', 'pipe'], encoding: 'utf8' });
  const ok = result.status === 0;
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${name} (${((performance.now() - started) / 1000).toFixed(1)} s)`);
  if (!ok) {
    failed++;
    process.stdout.write(result.stdout ?? '');
    process.stderr.write(result.stderr ?? '');
    if (result.error) console.error(`  ${cmd}: ${result.error.message}`);
  }
}
process.exit(failed > 0 ? 1 : 0);

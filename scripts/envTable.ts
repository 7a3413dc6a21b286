// Writes (or with --check, verifies) the README's table of environment variables: the kernel's base, then what
// each service declares in its `src/config.ts` (every `defineConfig` exported there), marked with who reads it.
import { globSync, readFileSync, writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { baseVariables, type EnvVar, type ServiceConfig } from '@zaffa/shared';

const root = new URL('../', import.meta.url);
const readme = new URL('README.md', root);
const start = '<!-- env:start -->';
const end = '<!-- env:end -->';

const isServiceConfig = (value: unknown): value is ServiceConfig =>
  typeof value === 'object' && value !== null && 'service' in value && 'variables' in value && 'load' in value;

const files = globSync('{gateway,workers,subgraphs/*}/src/config.ts', { cwd: root.pathname }).sort();
const configs: ServiceConfig[] = [];
for (const file of files) {
  const module: Record<string, unknown> = await import(pathToFileURL(new URL(file, root).pathname).href);
  configs.push(...Object.values(module).filter(isServiceConfig));
}

/** One row per variable; a variable several services share (the same declaration) lists them all. */
const rows = new Map<string, { variable: EnvVar; services: string[] }>();
const add = (name: string, variable: EnvVar, service: string) => {
  const row = rows.get(name);
  if (!row) return void rows.set(name, { variable, services: [service] });
  if (row.variable !== variable) {
    console.error(`${name} is declared twice (${row.services.join(', ')} and ${service}): declare it once and share it.`);
    process.exit(1);
  }
  if (!row.services.includes(service)) row.services.push(service);
};
for (const [name, variable] of Object.entries(baseVariables)) add(name, variable, 'every service');
for (const config of configs) {
  for (const [name, variable] of Object.entries({ ...config.variables, ...config.patterns })) add(name, variable, config.service);
}

function defaultOf(schema: EnvVar['schema']): string {
  const parsed = schema.safeParse(undefined);
  return parsed.success && parsed.data !== undefined ? `\`${String(parsed.data)}\`` : '—';
}

const table = [
  start,
  '| variable | read by | default | sensitive | meaning |',
  '| --- | --- | --- | --- | --- |',
  ...[...rows].map(
    ([name, { variable, services }]) =>
      `| \`${name}\` | ${services.join(', ')} | ${defaultOf(variable.schema)} | ${variable.sensitive ? 'yes' : ''} | ${variable.description} |`,
  ),
  end,
].join('\n');

const text = readFileSync(readme, 'utf8');
const from = text.indexOf(start);
const to = text.indexOf(end);
if (from < 0 || to < 0) {
  console.error(`README.md has no ${start} … ${end} section`);
  process.exit(1);
}
const updated = text.slice(0, from) + table + text.slice(to + end.length);
if (process.argv.includes('--check')) {
  if (updated !== text) {
    console.error("README.md's environment table is stale: run `npm run docs:env`.");
    process.exit(1);
  }
  console.log('environment table is up to date');
} else {
  writeFileSync(readme, updated);
}

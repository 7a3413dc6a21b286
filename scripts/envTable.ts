// Writes (or with --check, verifies) the README's table of environment variables from shared/src/config/env.ts.
import { readFileSync, writeFileSync } from 'node:fs';
import { env } from '../shared/src/config/env.ts';

const readme = new URL('../README.md', import.meta.url);
const start = '<!-- env:start -->';
const end = '<!-- env:end -->';

function defaultOf(schema: { safeParse(v: unknown): { success: boolean; data?: unknown } }): string {
  const parsed = schema.safeParse(undefined);
  return parsed.success && parsed.data !== undefined ? `\`${String(parsed.data)}\`` : '—';
}

const rows = Object.entries(env).map(
  ([name, v]) => `| \`${name}\` | ${defaultOf(v.schema)} | ${'sensitive' in v && v.sensitive ? 'yes' : ''} | ${v.description} |`,
);
const table = [start, '| variable | default | sensitive | meaning |', '| --- | --- | --- | --- |', ...rows, end].join('\n');

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

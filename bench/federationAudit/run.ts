// `npm run bench:federation-audit -- <audit checkout> [--shields off] [--suite <id>]`: runs The Guild's federation
// gateway audit (a checkout of graphql-hive/federation-gateway-audit, not part of this repository) against our
// gateway, and prints the score and the failing cases. Everything on loopback, on ports found free.
// The checkout's own tools are installed on first use (its production dependencies, and tsx and graphql beside them).
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { shields: { type: 'string', default: 'on' }, suite: { type: 'string' } },
});
const checkout = positionals[0] && resolve(positionals[0]);
if (!checkout || !existsSync(join(checkout, 'src/cli.ts'))) {
  console.error('usage: npm run bench:federation-audit -- <checkout of graphql-hive/federation-gateway-audit> [--shields off]');
  process.exit(2);
}
const shieldsOff = values.shields === 'off';

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as { port: number };
  await new Promise((done) => server.close(done));
  return port;
}

// 1. The harness's tools.
const npm = (args: string[], cwd: string) =>
  execFileSync('npm', [...args, '--ignore-scripts', '--no-audit', '--no-fund'], { cwd, stdio: 'inherit' });
if (!existsSync(join(checkout, 'node_modules/yargs'))) npm(['install', '--omit=dev'], checkout);
const tools = join(checkout, 'node_modules/.zaffa-tools');
if (!existsSync(join(tools, 'node_modules/tsx'))) {
  mkdirSync(tools, { recursive: true });
  writeFileSync(join(tools, 'package.json'), '{"private":true}');
  npm(['install', 'tsx@4', 'graphql@16'], tools);
}
if (!existsSync(join(checkout, 'node_modules/graphql')))
  symlinkSync(join(tools, 'node_modules/graphql'), join(checkout, 'node_modules/graphql'));
const tsx = join(tools, 'node_modules/tsx/dist/cli.mjs');

// 2. Our gateway as one of the audit's gateways: a folder with its run script.
const auditPort = await freePort();
const gatewayPort = await freePort();
const folder = join(checkout, 'gateways', shieldsOff ? 'zaffa-shields-off' : 'zaffa');
mkdirSync(folder, { recursive: true });
const adapter = new URL('gateway.ts', import.meta.url).pathname;
writeFileSync(
  join(folder, 'run.sh'),
  [
    `"${process.execPath}" "${tsx}" "${join(checkout, 'src/cli.ts')}" supergraph --cwd "${folder}" --test "$1" --port ${auditPort}`,
    `exec "${process.execPath}" "${adapter}" "${join(folder, 'supergraph.graphql')}" ${gatewayPort}${shieldsOff ? ' shields-off' : ''}`,
    '',
  ].join('\n'),
);

// 3. The audit: each suite's supergraph, our gateway on it, its queries; results.txt lists each suite's cases.
const args = [
  tsx,
  join(checkout, 'src/cli.ts'),
  ...(values.suite ? ['test-suite', '--test', values.suite] : ['test']),
  '--cwd',
  folder,
  '--run-script',
  './run.sh',
  '--graphql',
  `http://127.0.0.1:${gatewayPort}/graphql`,
  '--healthcheck',
  `http://127.0.0.1:${gatewayPort}/healthz`,
  '--port',
  String(auditPort),
];
// The harness waits this long for each suite's gateway to come up; a busy shared machine needs minutes, not seconds.
const child = spawn(process.execPath, args, { cwd: checkout, stdio: 'inherit', env: { ...process.env, GATEWAY_TIMEOUT: '180000' } });
const code = await new Promise<number>((done) => child.once('exit', (c) => done(c ?? 1)));
if (values.suite) process.exit(code);

const lines = readFileSync(join(folder, 'results.txt'), 'utf8').split('\n');
const failing: string[] = [];
for (let i = 0; i + 1 < lines.length && lines[i] !== ''; i += 2) {
  [...lines[i + 1]!].forEach((mark, n) => mark === 'X' && failing.push(`${lines[i]} #${n + 1}`));
}
const total = lines.find((l) => l.startsWith('Total:'));
const passed = lines.find((l) => l.startsWith('Passed:'));
console.log(
  `\nfederation gateway audit, shields ${shieldsOff ? 'off' : 'on'}: ${passed?.split(' ')[1]} / ${total?.split(' ')[1]} cases passed`,
);
console.log(failing.length ? `failing: ${failing.join(', ')}` : 'no failing case');
process.exit(code);

// `npm run bench:gateway`: our gateway (shields on, shields off), stock @apollo/gateway in @apollo/server, and Hive
// Gateway (JavaScript planner, Rust planner), one after another on the same machine, the same subgraphs and the
// same query: 50 connections, a warm-up, then a measured window. Every target's answer is checked against the
// expected data first, and each measured answer must be those same bytes.
//   npm run bench:gateway -- --warmup 5 --duration 15 --connections 50 --only classic
//   npm run bench:gateway -- --profile /tmp/profiles   also writes a CPU profile of each gateway (.cpuprofile)
// Workloads: the classic deep query over the small subgraphs in bench/gateway/classic, and a deep vendors query
// on our supergraph against our subgraphs with a seeded catalogue (databases `zaffa_bench_gw_*`, kept). Loopback only.
import { spawn, type ChildProcess } from 'node:child_process';
import { generateKeyPairSync, randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { isDeepStrictEqual, parseArgs } from 'node:util';
import autocannon from 'autocannon';
import { execute, parse } from 'graphql';
import { classicQuery } from './classic/query.ts';
import { monolith } from './classic/schemas.ts';
import { vendorsQuery } from './vendorsQuery.ts';

const { values } = parseArgs({
  options: {
    warmup: { type: 'string', default: '5' },
    duration: { type: 'string', default: '15' },
    connections: { type: 'string', default: '50' },
    vendors: { type: 'string', default: '500' },
    only: { type: 'string' },
    targets: { type: 'string' },
    profile: { type: 'string' },
  },
});
const warmup = Number(values.warmup);
const duration = Number(values.duration);
const connections = Number(values.connections);
const host = '127.0.0.1';
const scratch = mkdtempSync(join(tmpdir(), 'zaffa-gwbench-'));
const databasePrefix = process.env.DATABASE_PREFIX ?? 'zaffa_bench_gw';
const queuePrefix = databasePrefix.replaceAll('_', '-');
const loads = () =>
  loadavg()
    .map((l) => l.toFixed(2))
    .join(' ');
const entry = (file: string) => new URL(file, import.meta.url).pathname;

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, host, resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

const children = new Set<ChildProcess>();
function start(args: string[], env: NodeJS.ProcessEnv = process.env, profile = false): ChildProcess {
  const child = spawn(
    process.execPath,
    [...(profile && values.profile ? ['--cpu-prof', `--cpu-prof-dir=${values.profile}`] : []), ...args],
    {
      env,
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  children.add(child);
  child.once('exit', () => children.delete(child));
  return child;
}
async function stop(child: ChildProcess) {
  if (child.exitCode !== null || child.signalCode !== null) return;
  await new Promise((resolve) => child.once('exit', resolve).kill('SIGTERM'));
}
process.once('SIGINT', () => void Promise.all([...children].map(stop)).then(() => process.exit(130)));

/** A process's CPU seconds so far and its peak resident memory in MiB, from /proc. */
function usage(pid: number) {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  const cpu = (Number(fields[11]) + Number(fields[12])) / 100;
  const peak = Number(/VmHWM:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0) / 1024;
  return { cpu, peak };
}

interface Target {
  name: string;
  args: (supergraph: string, port: number) => string[];
  env?: NodeJS.ProcessEnv;
}
const allTargets: Target[] = [
  { name: 'zaffa, shields on', args: (s, p) => [entry('targets/zaffa.ts'), s, String(p)] },
  { name: 'zaffa, shields off', args: (s, p) => [entry('targets/zaffa.ts'), s, String(p), 'shields-off'] },
  {
    name: 'zaffa, shields on, dedup off',
    args: (s, p) => [entry('targets/zaffa.ts'), s, String(p)],
    env: { GATEWAY_DEDUP_QUERIES: 'false' },
  },
  { name: 'stock @apollo/gateway', args: (s, p) => [entry('targets/apollo.ts'), s, String(p)] },
  { name: 'hive gateway', args: (s, p) => [entry('targets/hive.ts'), s, String(p)] },
  { name: 'hive gateway, rust planner', args: (s, p) => [entry('targets/hive.ts'), s, String(p), 'rust'] },
];
const targets = values.targets ? allTargets.filter((t) => values.targets!.split(',').some((n) => t.name.includes(n))) : allTargets;

interface Row {
  workload: string;
  target: string;
  rps: number;
  p50: number;
  p99: number;
  cpu: number;
  rss: number;
  bytes: number;
  errors: number;
}
const rows: Row[] = [];

async function post(url: string, body: string): Promise<{ status: number; text: string }> {
  const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
  return { status: res.status, text: await res.text() };
}

/** Starts a target, waits for its first good answer, checks it, loads it, and stops it. */
async function measure(
  workload: string,
  target: Target,
  supergraph: string,
  body: string,
  expected: (data: unknown) => string | null,
  env: NodeJS.ProcessEnv,
) {
  const port = await freePort();
  const child = start(target.args(supergraph, port), { ...env, ...target.env }, true);
  const url = `http://${host}:${port}/graphql`;
  try {
    const deadline = Date.now() + 60_000;
    let first: { status: number; text: string } | undefined;
    while (!first) {
      if (child.exitCode !== null) throw new Error(`${target.name} exited with ${child.exitCode}`);
      first = await post(url, body).catch(() => undefined);
      if (first && first.status >= 500) first = undefined;
      if (!first) {
        if (Date.now() > deadline) throw new Error(`${target.name} not ready in 60 s`);
        await new Promise((r) => setTimeout(r, 200));
      }
    }
    const answer = JSON.parse(first.text) as { data?: unknown; errors?: unknown };
    const problem = first.status !== 200 ? `HTTP ${first.status}` : answer.errors ? 'errors' : expected(answer.data);
    if (problem) throw new Error(`${target.name} on ${workload}: wrong answer (${problem}): ${first.text.slice(0, 400)}`);
    const load = (seconds: number) =>
      new Promise<autocannon.Result>((resolve, reject) =>
        autocannon(
          {
            url,
            connections,
            duration: seconds,
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body,
            expectBody: first.text,
          },
          (err, res) => (err ? reject(err) : resolve(res)),
        ),
      );
    await load(warmup);
    const before = usage(child.pid!);
    const result = await load(duration);
    const after = usage(child.pid!);
    const row: Row = {
      workload,
      target: target.name,
      rps: Math.round(result.requests.total / duration),
      p50: result.latency.p50,
      p99: result.latency.p99,
      cpu: Math.round(((after.cpu - before.cpu) / duration) * 100),
      rss: Math.round(after.peak),
      bytes: Buffer.byteLength(first.text),
      errors: result.errors + result.timeouts + result.non2xx + (result.mismatches ?? 0),
    };
    rows.push(row);
    console.log(JSON.stringify({ ...row, load: loads() }));
  } finally {
    await stop(child);
  }
}

/** The classic workload: its subgraphs in one process, the answer checked against the same shop in one plain schema. */
async function classic() {
  const supergraph = join(scratch, 'classic.graphql');
  const subgraphs = start([entry('classic/serve.ts'), supergraph]);
  await new Promise<void>((resolve, reject) => {
    subgraphs.stdout!.once('data', () => resolve());
    subgraphs.once('exit', (code) => reject(new Error(`classic subgraphs exited with ${code}`)));
  });
  // Through JSON, as the gateways' answers come: plain objects rather than graphql-js's prototype-less ones.
  const want: unknown = JSON.parse(JSON.stringify((await execute({ schema: monolith(), document: parse(classicQuery) })).data));
  const expected = (data: unknown) => (isDeepStrictEqual(data, want) ? null : 'differs from the expected data');
  const body = JSON.stringify({ query: classicQuery, operationName: 'TestQuery' });
  try {
    for (const target of targets) await measure('classic', target, supergraph, body, expected, gatewayEnv({}));
  } finally {
    await stop(subgraphs);
  }
}

/** The keys our gateway shares with our subgraphs (calls; upload references and signed download URLs), one per run. */
const subgraphSecret = randomBytes(32).toString('hex');
const mediaReferenceSecret = randomBytes(32).toString('hex');

/** Production settings for our gateway; 50 connections from one address stand for 50 people, so that budget is lifted. */
function gatewayEnv(extra: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  return {
    ...process.env,
    NODE_ENV: 'production',
    LOG_LEVEL: 'warn',
    SUBGRAPH_SECRET: subgraphSecret,
    MEDIA_REFERENCE_SECRET: mediaReferenceSecret,
    HOST: host,
    QUEUE_PREFIX: queuePrefix,
    RATE_LIMIT_IP_PER_MINUTE: '100000000',
    ...extra,
  };
}

/** Our workload: our five subgraphs in their own processes on a seeded catalogue, the supergraph pointed at them. */
async function ours() {
  const JWT_PRIVATE_KEY = generateKeyPairSync('ed25519').privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
  const base = { ...gatewayEnv({}), DATABASE_PREFIX: databasePrefix, JWT_PRIVATE_KEY };
  const seed = start(['scripts/seed.ts', '--vendors', values.vendors!], base);
  seed.stdout!.resume();
  const code = await new Promise((resolve) => seed.once('exit', resolve));
  if (code !== 0) throw new Error(`seeding exited with ${code}`);

  const names = ['accounts', 'vendor', 'event', 'media', 'messaging'] as const;
  const ports = Object.fromEntries(await Promise.all(names.map(async (n) => [n, await freePort()] as const))) as Record<
    (typeof names)[number],
    number
  >;
  const env: NodeJS.ProcessEnv = {
    ...base,
    ...Object.fromEntries(names.map((n) => [`${n.toUpperCase()}_PORT`, String(ports[n])])),
    ...Object.fromEntries(names.map((n) => [`${n.toUpperCase()}_URL`, `http://${host}:${ports[n]}/graphql`])),
    ACCOUNTS_JWKS_URL: `http://${host}:${ports.accounts}/.well-known/jwks.json`,
    MEDIA_STORAGE_DIR: join(scratch, 'media'),
  };
  const services = names.map((n) => start([`subgraphs/${n}/src/main.ts`], env));
  for (const s of services) s.stdout!.resume();
  try {
    for (const n of names) {
      const deadline = Date.now() + 60_000;
      while (
        !(await fetch(`http://${host}:${ports[n]}/readyz`).then(
          (r) => r.ok,
          () => false,
        ))
      ) {
        if (Date.now() > deadline) throw new Error(`${n} not ready in 60 s`);
        await new Promise((r) => setTimeout(r, 200));
      }
    }
    const supergraph = join(scratch, 'zaffa.graphql');
    writeFileSync(
      supergraph,
      readFileSync('gateway/supergraph.graphql', 'utf8').replace(
        /@join__graph\(name: "(\w+)", url: "[^"]+"\)/g,
        (_, name: (typeof names)[number]) => `@join__graph(name: "${name}", url: "http://${host}:${ports[name]}/graphql")`,
      ),
    );
    // Every target must give the answer the first one gave, and that one must be a full page of complete vendors.
    let reference: unknown;
    const expected = (data: unknown) => {
      const edges = (data as { vendors?: { edges?: { node: { owner: unknown; category: unknown } }[] } }).vendors?.edges ?? [];
      if (edges.length !== 20 || edges.some((e) => !e.node.owner || !e.node.category)) return 'not 20 complete vendors';
      reference ??= data;
      return isDeepStrictEqual(data, reference) ? null : 'differs from the first target';
    };
    const body = JSON.stringify({ query: vendorsQuery, operationName: 'Vendors' });
    const noOverrides = Object.fromEntries(names.map((n) => [`${n.toUpperCase()}_URL`, '']));
    for (const target of targets) await measure('zaffa vendors', target, supergraph, body, expected, { ...env, ...noOverrides });
  } finally {
    await Promise.all(services.map(stop));
  }
}

console.log(
  `${new Date().toISOString()} · ${cpus().length} × ${cpus()[0]?.model} · ${Math.round(totalmem() / 2 ** 30)} GiB · Node ${process.version} · ${connections} connections, ${warmup} s warm-up, ${duration} s measured · load before: ${loads()}`,
);
try {
  if (!values.only || values.only === 'classic') await classic();
  if (!values.only || values.only === 'zaffa') await ours();
} finally {
  await Promise.all([...children].map(stop));
  rmSync(scratch, { recursive: true, force: true });
}

console.log(`\nload after: ${loads()}`);
console.log('| workload | target | RPS | × stock | p50 ms | p99 ms | CPU % | peak RSS MiB | answer bytes | errors |');
console.log('| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
for (const r of rows) {
  const stock = rows.find((s) => s.workload === r.workload && s.target === 'stock @apollo/gateway');
  const ratio = stock ? (r.rps / stock.rps).toFixed(2) : '—';
  console.log(
    `| ${r.workload} | ${r.target} | ${r.rps} | ${ratio} | ${r.p50} | ${r.p99} | ${r.cpu} | ${r.rss} | ${r.bytes} | ${r.errors} |`,
  );
}

// `npm run bench:search`: search latency with 100,000 vendors, through the gateway and against the vendor
// subgraph directly (the gateway's share is the difference), with the index and in fallback mode, first with the
// search cache off (every search computed: the cold path of a search never seen), then on (the repeated mix).
//   npm run bench:search -- --duration 30 --connections 50
//   npm run bench:search -- --profile /tmp/profiles   also writes a CPU profile of each service process (.cpuprofile)
// Uses the databases `zaffa_bench_*` (DATABASE_PREFIX to change), seeding them on the first run. Loopback only.
import { spawn, type ChildProcess } from 'node:child_process';
import { generateKeyPairSync, randomBytes } from 'node:crypto';
import { createServer } from 'node:net';
import { cpus, loadavg, totalmem } from 'node:os';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import { createRedis } from '@zaffa/shared';
import { rebuildIndex, SEARCH_TABLE, searchGeneration, seedCatalogue } from '@zaffa/vendor';
import { openVendorDatabase } from '../scripts/vendorDatabase.ts';
import { searchMix, searchQuery } from './searchMix.ts';

const { values } = parseArgs({
  options: {
    duration: { type: 'string', default: '30' },
    connections: { type: 'string', default: '50' },
    vendors: { type: 'string', default: '100000' },
    profile: { type: 'string' },
  },
});
const duration = Number(values.duration);
const connections = Number(values.connections);
const vendorCount = Number(values.vendors);
const host = '127.0.0.1';
const databasePrefix = process.env.DATABASE_PREFIX ?? 'zaffa_bench';
// Redis keys (cached answers included) follow the databases, so two benchmarks on one Redis never share answers.
const queuePrefix = databasePrefix.replaceAll('_', '-');
// Production mode wants the token-signing key given: one made for this run.
const JWT_PRIVATE_KEY = generateKeyPairSync('ed25519').privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
// 50 clients on one address stand for 50 people: the per-address budget is lifted (still counted in Redis, so its cost stays in).
const env = {
  ...process.env,
  DATABASE_PREFIX: databasePrefix,
  QUEUE_PREFIX: queuePrefix,
  LOG_LEVEL: 'warn',
  HOST: host,
  NODE_ENV: 'production',
  JWT_PRIVATE_KEY,
  SUBGRAPH_SECRET: randomBytes(32).toString('hex'),
  RATE_LIMIT_IP_PER_MINUTE: '100000000',
};
const loads = () =>
  loadavg()
    .map((l) => l.toFixed(2))
    .join(' ');

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, host, resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

// 1. The catalogue: seeded once, kept between runs.
const { db, log } = await openVendorDatabase(env);
const [{ count }] = await db.query(`SELECT count(*)::int AS count FROM vendors`);
if (count < vendorCount) {
  console.log(`seeding ${vendorCount} vendors…`);
  await seedCatalogue(db, { vendors: vendorCount, communes: 100 });
  await rebuildIndex(db, log);
}
const [{ indexed }] = await db.query(`SELECT count(*)::int AS indexed FROM ${SEARCH_TABLE}`);
const redis = createRedis(process.env.REDIS_URL ?? 'redis://127.0.0.1:6379', 'zaffa-bench');
const generation = searchGeneration(redis, queuePrefix);
await generation.bump();

const url = (port: number) => `http://${host}:${port}/graphql`;

/** The services, each in its own process as in production; `extra` is added to their environment. */
async function startServices(extra: Record<string, string>) {
  const ports = {
    ACCOUNTS_PORT: await freePort(),
    VENDOR_PORT: await freePort(),
    EVENT_PORT: await freePort(),
    MEDIA_PORT: await freePort(),
    GATEWAY_PORT: await freePort(),
  };
  const serviceEnv = {
    ...env,
    ...extra,
    ...Object.fromEntries(Object.entries(ports).map(([k, v]) => [k, String(v)])),
    ACCOUNTS_URL: url(ports.ACCOUNTS_PORT),
    VENDOR_URL: url(ports.VENDOR_PORT),
    EVENT_URL: url(ports.EVENT_PORT),
    MEDIA_URL: url(ports.MEDIA_PORT),
    ACCOUNTS_JWKS_URL: `http://${host}:${ports.ACCOUNTS_PORT}/.well-known/jwks.json`,
  };
  const entries = [
    'subgraphs/accounts/src/main.ts',
    'subgraphs/vendor/src/main.ts',
    'subgraphs/event/src/main.ts',
    'subgraphs/media/src/main.ts',
    'gateway/src/main.ts',
  ];
  const children: ChildProcess[] = entries.map((entry) =>
    spawn(process.execPath, [...(values.profile ? ['--cpu-prof', `--cpu-prof-dir=${values.profile}`] : []), entry], {
      env: serviceEnv,
      stdio: ['ignore', 'ignore', 'inherit'],
    }),
  );
  const stop = async () => {
    await Promise.all(
      children.map((c) => (c.exitCode !== null ? null : new Promise((resolve) => c.once('exit', resolve).kill('SIGTERM')))),
    );
    // Fallback statements of requests cut short run on in Postgres: cancelled, so they do not slow the next run.
    await db.query(
      `SELECT pg_cancel_backend(pid) FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid() AND state = 'active'`,
    );
  };
  running.add(stop);
  for (const port of Object.values(ports)) {
    const deadline = Date.now() + 60_000;
    while (
      !(await fetch(`http://${host}:${port}/readyz`).then(
        (r) => r.ok,
        () => false,
      ))
    ) {
      if (Date.now() > deadline) throw new Error(`service on port ${port} not ready in 60 s`);
      await new Promise((r) => setTimeout(r, 200));
    }
  }
  return { gateway: url(ports.GATEWAY_PORT), vendor: url(ports.VENDOR_PORT), stop: async () => (running.delete(stop), await stop()) };
}
const running = new Set<() => Promise<void>>();
process.once('SIGINT', () => {
  void Promise.all([...running].map((stop) => stop())).then(() => process.exit(130));
});

const mix = searchMix();
const bodies = mix.map((variables) => JSON.stringify({ query: searchQuery, variables, operationName: 'Search' }));

/** Sends each search of the mix once: none may fail, and each must come from the expected mode. */
async function check(target: string, mode: 'INDEX' | 'FALLBACK') {
  for (const body of bodies) {
    const res = await fetch(target, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
    const json = (await res.json()) as { data?: { vendors: { searchMode: string } }; errors?: unknown[] };
    if (json.errors || json.data?.vendors.searchMode !== mode)
      throw new Error(`unexpected answer from ${target}: ${JSON.stringify(json).slice(0, 300)}`);
  }
}

/** Cache lookups of the vendor subgraph so far, by outcome, from its /metrics. */
async function cacheLookups(vendorUrl: string): Promise<Record<string, number>> {
  const text = await (await fetch(vendorUrl.replace(/\/graphql$/, '/metrics'))).text();
  const counts: Record<string, number> = {};
  for (const line of text.split('\n')) {
    const outcome =
      line.startsWith('cache_lookups_total{') && line.includes('cache="vendor_search"') ? /outcome="(\w+)"/.exec(line)?.[1] : undefined;
    if (outcome) counts[outcome] = Number(line.split(' ').at(-1));
  }
  return counts;
}

async function load(name: string, target: string) {
  let next = 0;
  const latencies: number[] = [];
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(
      {
        // Fallback answers slowly under this load: a long timeout, so "answers every request" can be checked.
        url: target,
        connections,
        duration,
        timeout: 120,
        requests: [
          {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            setupRequest: (req) => ({ ...req, body: bodies[next++ % bodies.length] }),
          },
        ],
      },
      (err, res) => (err ? reject(err) : resolve(res)),
    );
    instance.on('response', (_client, _status, _bytes, ms) => latencies.push(ms));
  });
  latencies.sort((a, b) => a - b);
  const at = (q: number) =>
    latencies.length === 0 ? '—' : Math.round(latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))]! * 10) / 10;
  const row = {
    run: name,
    requests: latencies.length,
    rps: Math.round(latencies.length / duration),
    p50: at(0.5),
    p95: at(0.95),
    p99: at(0.99),
    errors: result.errors + result.timeouts + result.non2xx,
    load: loadavg()[0]!.toFixed(2),
  };
  console.log(JSON.stringify(row));
  return row;
}

/** The index table taken away for `body`, as a dropped or broken index would be, then put back. */
async function withoutIndex(body: () => Promise<void>) {
  await db.query(`ALTER TABLE ${SEARCH_TABLE} RENAME TO ${SEARCH_TABLE}_parked`);
  try {
    await body();
  } finally {
    await db.query(`ALTER TABLE ${SEARCH_TABLE}_parked RENAME TO ${SEARCH_TABLE}`);
  }
}

const rows: Awaited<ReturnType<typeof load>>[] = [];
let hitRate: string | undefined;
console.log(
  `${indexed} vendors in the index; ${mix.length} searches in the mix; ${connections} connections × ${duration} s per run; load before: ${loads()}`,
);
try {
  // 2. Cold: the cache off, so every search is computed, as one never seen before would be.
  const cold = await startServices({ SEARCH_CACHE_TTL_S: '0' });
  try {
    await check(cold.gateway, 'INDEX');
    rows.push(await load('cold, gateway, index', cold.gateway));
    rows.push(await load('cold, vendor subgraph, index', cold.vendor));
    await withoutIndex(async () => {
      await check(cold.gateway, 'FALLBACK');
      rows.push(await load('cold, gateway, fallback', cold.gateway));
      rows.push(await load('cold, vendor subgraph, fallback', cold.vendor));
    });
  } finally {
    await cold.stop();
  }

  // 3. The repeated mix with the cache on, as deployed; the check pass fills it, as earlier visitors would have.
  const warm = await startServices({});
  try {
    await check(warm.gateway, 'INDEX');
    const before = await cacheLookups(warm.vendor);
    rows.push(await load('cached mix, gateway, index', warm.gateway));
    rows.push(await load('cached mix, vendor subgraph, index', warm.vendor));
    const after = await cacheLookups(warm.vendor);
    const delta = (k: string) => (after[k] ?? 0) - (before[k] ?? 0);
    const lookups = ['hit', 'miss', 'joined', 'unavailable'].reduce((sum, k) => sum + delta(k), 0);
    hitRate = `cache lookups during the cached index runs: ${lookups}, hits ${delta('hit')}, misses ${delta('miss')} (answers expire after SEARCH_CACHE_TTL_S), joined ${delta('joined')}, unavailable ${delta('unavailable')}`;
    console.log(hitRate);
    await withoutIndex(async () => {
      // A broken index bumps nothing: retire the index answers by hand, so this run measures the fallback.
      await generation.bump();
      await check(warm.gateway, 'FALLBACK');
      rows.push(await load('cached mix, gateway, fallback', warm.gateway));
    });
    await generation.bump();
  } finally {
    await warm.stop();
  }

  console.log(
    `\n${new Date().toISOString().slice(0, 10)}, ${cpus().length} × ${cpus()[0]?.model}, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}, load after: ${loads()}`,
  );
  console.log(
    '| run | requests | RPS | p50 ms | p95 ms | p99 ms | errors | load (1 min) |\n| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
  );
  for (const r of rows) console.log(`| ${r.run} | ${r.requests} | ${r.rps} | ${r.p50} | ${r.p95} | ${r.p99} | ${r.errors} | ${r.load} |`);
  if (hitRate) console.log(hitRate);
} finally {
  await Promise.all([...running].map((stop) => stop()));
  redis.disconnect();
  await db.destroy();
}

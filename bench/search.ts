// `npm run bench:search`: search latency with 100,000 vendors, through the gateway and against the vendor
// subgraph directly (the gateway's share is the difference), with the index and in fallback mode.
//   npm run bench:search -- --duration 30 --connections 50
// Uses the databases `zaffa_bench_*` (DATABASE_PREFIX to change), seeding them on the first run. Loopback only.
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { cpus, loadavg, totalmem } from 'node:os';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import { rebuildIndex, SEARCH_TABLE, seedCatalogue } from '@zaffa/vendor';
import { openVendorDatabase } from '../scripts/vendorDatabase.ts';
import { searchMix, searchQuery } from './searchMix.ts';

const { values } = parseArgs({ options: { duration: { type: 'string', default: '30' }, connections: { type: 'string', default: '50' }, vendors: { type: 'string', default: '100000' } } });
const duration = Number(values.duration);
const connections = Number(values.connections);
const vendorCount = Number(values.vendors);
const host = '127.0.0.1';
const env = { ...process.env, DATABASE_PREFIX: process.env.DATABASE_PREFIX ?? 'zaffa_bench', QUEUE_PREFIX: 'zaffa-bench', LOG_LEVEL: 'warn', HOST: host, NODE_ENV: 'production' };

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

// 2. The services, each in its own process as in production.
const ports = { ACCOUNTS_PORT: await freePort(), VENDOR_PORT: await freePort(), EVENT_PORT: await freePort(), MEDIA_PORT: await freePort(), GATEWAY_PORT: await freePort() };
const url = (port: number) => `http://${host}:${port}/graphql`;
const serviceEnv = {
  ...env, ...Object.fromEntries(Object.entries(ports).map(([k, v]) => [k, String(v)])),
  ACCOUNTS_URL: url(ports.ACCOUNTS_PORT), VENDOR_URL: url(ports.VENDOR_PORT), EVENT_URL: url(ports.EVENT_PORT), MEDIA_URL: url(ports.MEDIA_PORT),
  ACCOUNTS_JWKS_URL: `http://${host}:${ports.ACCOUNTS_PORT}/.well-known/jwks.json`,
};
const entries = ['subgraphs/accounts/src/main.ts', 'subgraphs/vendor/src/main.ts', 'subgraphs/event/src/main.ts', 'subgraphs/media/src/main.ts', 'gateway/src/main.ts'];
const children: ChildProcess[] = entries.map((entry) => spawn(process.execPath, [entry], { env: serviceEnv, stdio: ['ignore', 'ignore', 'inherit'] }));
const stopAll = () => children.forEach((c) => c.kill('SIGTERM'));
process.once('SIGINT', () => {
  stopAll();
  process.exit(130);
});

try {
  for (const port of Object.values(ports)) {
    const deadline = Date.now() + 60_000;
    while (!(await fetch(`http://${host}:${port}/readyz`).then((r) => r.ok, () => false))) {
      if (Date.now() > deadline) throw new Error(`service on port ${port} not ready in 60 s`);
      await new Promise((r) => setTimeout(r, 200));
    }
  }

  const mix = searchMix();
  const bodies = mix.map((variables) => JSON.stringify({ query: searchQuery, variables, operationName: 'Search' }));

  /** Sends each search of the mix once: none may fail, and each must come from the expected mode. */
  async function check(target: string, mode: 'INDEX' | 'FALLBACK') {
    for (const body of bodies) {
      const res = await fetch(target, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
      const json = (await res.json()) as { data?: { vendors: { searchMode: string } }; errors?: unknown[] };
      if (json.errors || json.data?.vendors.searchMode !== mode) throw new Error(`unexpected answer from ${target}: ${JSON.stringify(json).slice(0, 300)}`);
    }
  }

  async function load(name: string, target: string) {
    let next = 0;
    const latencies: number[] = [];
    const result = await new Promise<autocannon.Result>((resolve, reject) => {
      const instance = autocannon(
        {
          // Fallback answers slowly under this load: a long timeout, so "answers every request" can be checked.
          url: target, connections, duration, timeout: 120,
          requests: [{ method: 'POST', headers: { 'content-type': 'application/json' }, setupRequest: (req) => ({ ...req, body: bodies[next++ % bodies.length] }) }],
        },
        (err, res) => (err ? reject(err) : resolve(res)),
      );
      instance.on('response', (_client, _status, _bytes, ms) => latencies.push(ms));
    });
    latencies.sort((a, b) => a - b);
    const at = (q: number) => Math.round(latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))]! * 10) / 10;
    const row = {
      run: name, requests: latencies.length, rps: Math.round(latencies.length / duration), p50: at(0.5), p95: at(0.95), p99: at(0.99),
      errors: result.errors + result.timeouts + result.non2xx, load: loadavg()[0]!.toFixed(2),
    };
    console.log(JSON.stringify(row));
    return row;
  }

  const rows = [];
  console.log(`${indexed} vendors in the index; ${mix.length} searches in the mix; ${connections} connections × ${duration} s per run; load before: ${loadavg().map((l) => l.toFixed(2)).join(' ')}`);
  await check(url(ports.GATEWAY_PORT), 'INDEX');
  rows.push(await load('gateway, index', url(ports.GATEWAY_PORT)));
  rows.push(await load('vendor subgraph, index', url(ports.VENDOR_PORT)));

  // Fallback: the index table taken away for the run, as a dropped or broken index would be, then put back.
  await db.query(`ALTER TABLE ${SEARCH_TABLE} RENAME TO ${SEARCH_TABLE}_parked`);
  try {
    await check(url(ports.GATEWAY_PORT), 'FALLBACK');
    rows.push(await load('gateway, fallback', url(ports.GATEWAY_PORT)));
    rows.push(await load('vendor subgraph, fallback', url(ports.VENDOR_PORT)));
  } finally {
    await db.query(`ALTER TABLE ${SEARCH_TABLE}_parked RENAME TO ${SEARCH_TABLE}`);
  }

  console.log(`\n${new Date().toISOString().slice(0, 10)}, ${cpus().length} × ${cpus()[0]?.model}, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}, load after: ${loadavg().map((l) => l.toFixed(2)).join(' ')}`);
  console.log('| run | requests | RPS | p50 ms | p95 ms | p99 ms | errors |\n| --- | ---: | ---: | ---: | ---: | ---: | ---: |');
  for (const r of rows) console.log(`| ${r.run} | ${r.requests} | ${r.rps} | ${r.p50} | ${r.p95} | ${r.p99} | ${r.errors} |`);
} finally {
  stopAll();
  await db.destroy();
}

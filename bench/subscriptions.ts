// `npm run bench:subscriptions`: federated subscriptions on one gateway. The media subgraph and the gateway
// run as separate processes on 127.0.0.1; this process is every client. It opens graphql-ws sockets on the
// gateway until --sockets (each with one mediaStatusChanged subscription, confirmed by its first result),
// records the gateway's memory per idle socket, then publishes --events status changes of one media that
// --fanout of those sockets follow, and times each delivery from publish to the client's receipt.
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes, randomUUID } from 'node:crypto';
import { createServer } from 'node:net';
import { cpus, loadavg, totalmem } from 'node:os';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { createClient, type Client } from 'graphql-ws';
import pg from 'pg';
import WebSocket from 'ws';
import { createRedis, EventBus } from '@zaffa/shared';
import { removeRunData } from '@zaffa/shared/testing';
import { createTestIssuer } from '../test/support/issuer.ts';
import { fmt, summarize } from './stats.ts';

const { values: args } = parseArgs({
  options: {
    sockets: { type: 'string', default: '10000' },
    fanout: { type: 'string', default: '1000' },
    events: { type: 'string', default: '20' },
    batch: { type: 'string', default: '100' },
  },
});
const target = Number(args.sockets);
const fanout = Math.min(Number(args.fanout), target);
const events = Number(args.events);
const batch = Number(args.batch);
/** Bounds the run: opening sockets stops after this, wherever it got. */
const openDeadlineMs = 8 * 60_000;

const root = fileURLToPath(new URL('../', import.meta.url));
const runId = `${Date.now().toString(36)}${randomBytes(2).toString('hex')}`;
const databaseUrl = process.env.DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/postgres';
const redisUrl = process.env.REDIS_URL || 'redis://127.0.0.1:6379';
const prefix = `zaffa_bench_${runId}`;
const queuePrefix = `zaffa-bench-${runId}`;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const freePort = () =>
  new Promise<number>((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });

console.log(
  `machine: ${cpus().length} × ${cpus()[0]?.model}, ${Math.round(totalmem() / 2 ** 30)} GiB; load average before: ${loadavg()
    .map((l) => l.toFixed(2))
    .join(' ')}`,
);

const issuer = await createTestIssuer();
const jwks = await issuer.serveJwks();
const [mediaPort, gatewayPort] = [await freePort(), await freePort()];
const env: NodeJS.ProcessEnv = {
  ...process.env,
  NODE_ENV: 'production',
  LOG_LEVEL: 'warn',
  SUBGRAPH_SECRET: randomBytes(32).toString('hex'),
  DATABASE_URL: databaseUrl,
  REDIS_URL: redisUrl,
  DATABASE_PREFIX: prefix,
  QUEUE_PREFIX: queuePrefix,
  ACCOUNTS_JWKS_URL: jwks.url,
  MEDIA_PORT: String(mediaPort),
  GATEWAY_PORT: String(gatewayPort),
  MEDIA_URL: `http://127.0.0.1:${mediaPort}/graphql`,
  // One user follows one upload from every socket here; the per-user limit is not what is measured.
  SUBSCRIPTION_CONNECTIONS_PER_USER: String(target + 1),
};

const children: ChildProcess[] = [];
async function start(entry: string, port: number): Promise<ChildProcess> {
  const child = spawn(process.execPath, [entry], {
    cwd: root,
    env,
    stdio: ['ignore', process.env.BENCH_LOGS ? 'inherit' : 'ignore', 'inherit'],
  });
  children.push(child);
  while (
    !(await fetch(`http://127.0.0.1:${port}/readyz`).then(
      (r) => r.ok,
      () => false,
    ))
  ) {
    if (child.exitCode !== null) throw new Error(`${entry} exited with ${child.exitCode}`);
    await sleep(100);
  }
  return child;
}

/** The gateway's resident and heap memory, from its own /metrics, in bytes. */
async function gatewayMemory() {
  const text = await (await fetch(`http://127.0.0.1:${gatewayPort}/metrics`)).text();
  const value = (name: string) => Number(new RegExp(`^${name}(?:\\{[^}]*\\})? (\\S+)$`, 'm').exec(text)?.[1] ?? NaN);
  return { rss: value('process_resident_memory_bytes'), heap: value('nodejs_heap_size_used_bytes') };
}

const clients: Client[] = [];
const redis = createRedis(redisUrl, 'zaffa-bench');
const bus = new EventBus(redis, queuePrefix);
try {
  await start('subgraphs/media/src/main.ts', mediaPort);
  await start('gateway/src/main.ts', gatewayPort);
  const owner = randomUUID();
  const token = await issuer.sign(owner, 'COUPLE', {}, 3600);
  // Two uploads of one user, written straight into the media database: the followed one and the quiet one.
  const [followed, quiet] = [randomUUID(), randomUUID()];
  const db = new pg.Client({ connectionString: databaseUrl.replace(/\/[^/]*$/, `/${prefix}_media`) });
  await db.connect();
  for (const id of [followed, quiet]) {
    await db.query(`INSERT INTO media (id, owner_id, status, mime_type, bytes) VALUES ($1, $2, 'PENDING', 'image/jpeg', 1000)`, [
      id,
      owner,
    ]);
  }
  const row = (await db.query(`SELECT * FROM media WHERE id = $1`, [followed])).rows[0] as Record<string, unknown>;
  await db.end();

  const before = await gatewayMemory();
  const query = 'subscription($ids: [ID!]!) { mediaStatusChanged(ids: $ids) { id status } }';
  let stopReason = '';
  let closedAfterOpen = 0;
  let followersOpen = 0;
  const openStarted = performance.now();
  /** Opens one socket and its subscription; resolves once the subscription's first result arrived. */
  const open = (index: number) =>
    new Promise<void>((resolve, reject) => {
      const client = createClient({
        url: `ws://127.0.0.1:${gatewayPort}/graphql`,
        webSocketImpl: WebSocket,
        connectionParams: { authorization: `Bearer ${token}` },
        retryAttempts: 0,
        lazy: true,
        on: {
          closed: (e) => {
            closedAfterOpen++;
            reject(new Error(`closed ${(e as { code?: number }).code ?? ''} ${(e as { reason?: string }).reason ?? ''}`));
          },
        },
      });
      clients.push(client);
      let first = true;
      client.subscribe(
        { query, variables: { ids: [index < fanout ? followed : quiet] } },
        {
          next: (result) => {
            if (first) {
              first = false;
              if (result.errors) return reject(new Error(`first result: ${JSON.stringify(result.errors)}`));
              if (index < fanout) followersOpen++;
              return resolve();
            }
            const status = (result.data?.mediaStatusChanged as { status?: string } | undefined)?.status;
            if (status) onEvent(performance.now(), index, status);
          },
          error: (err) => reject(err instanceof Error ? err : new Error(JSON.stringify(err))),
          complete: () => {},
        },
      );
    });
  let pending: ((at: number, index: number, status: string) => void) | undefined;
  const onEvent = (at: number, index: number, status: string) => pending?.(at, index, status);

  // A subscription refused now and then (a pool timeout on a starved machine) is counted and the run goes on;
  // past 1% refused, or the deadline, opening stops there.
  let opened = 0;
  let refused = 0;
  let firstRefusal = '';
  while (opened < target) {
    if (performance.now() - openStarted > openDeadlineMs) {
      stopReason = `stopped by the ${openDeadlineMs / 1000} s deadline`;
      break;
    }
    const size = Math.min(batch, target - opened);
    const results = await Promise.allSettled(Array.from({ length: size }, (_, i) => open(opened + refused + i)));
    opened += results.filter((r) => r.status === 'fulfilled').length;
    const failures = results.filter((r): r is PromiseRejectedResult => r.status === 'rejected');
    refused += failures.length;
    if (failures.length > 0 && !firstRefusal) firstRefusal = String(failures[0]!.reason).slice(0, 300);
    if (refused > Math.max(10, opened / 100)) {
      stopReason = `${refused} sockets refused by ${opened} open, first: ${firstRefusal}`;
      break;
    }
  }
  if (refused > 0 && !stopReason) stopReason = `${refused} refused and not counted, first: ${firstRefusal}`;
  const openSeconds = (performance.now() - openStarted) / 1000;
  console.log(`opened ${opened} sockets, each subscribed, in ${openSeconds.toFixed(1)} s${stopReason ? ` (${stopReason})` : ''}`);
  await sleep(3000);
  const after = await gatewayMemory();
  console.log(
    `gateway memory: rss ${(before.rss / 2 ** 20).toFixed(0)} → ${(after.rss / 2 ** 20).toFixed(0)} MB, heap ${(before.heap / 2 ** 20).toFixed(0)} → ${(after.heap / 2 ** 20).toFixed(0)} MB; ` +
      `per idle subscribed socket: ${((after.rss - before.rss) / opened / 1024).toFixed(1)} KB rss, ${((after.heap - before.heap) / opened / 1024).toFixed(1)} KB heap`,
  );

  // Fan-out: each event is heard by the `fanout` sockets following the one media; statuses alternate (a repeat is not sent).
  const followers = followersOpen;
  const lags: number[] = [];
  const perEvent: number[] = [];
  let missed = 0;
  for (let e = 0; e < events; e++) {
    const times: number[] = [];
    const status = e % 2 === 0 ? 'READY' : 'FAILED';
    // A delivery that has not come within 30 s counts as missed (and is reported), not as a latency.
    const all = new Promise<void>((resolve) => {
      const timer = setTimeout(() => {
        missed += followers - times.length;
        resolve();
      }, 30_000);
      pending = (at, _index, heard) => {
        if (heard !== status) return;
        times.push(at);
        if (times.length === followers) {
          clearTimeout(timer);
          resolve();
        }
      };
    });
    const sent = performance.now();
    await bus.publish(`media.status:${followed}`, { media: { ...row, ownerId: owner, status, variants: [], tags: [] } });
    await all;
    lags.push(...times.map((t) => t - sent));
    if (times.length > 0) perEvent.push(Math.max(...times) - sent);
    await sleep(200);
  }
  const lag = summarize(lags);
  const last = summarize(perEvent);
  console.log(
    `fan-out of one event to ${followers} subscribers, ${events} events, ${lag.count} deliveries, ${missed} missed; ${closedAfterOpen} sockets closed (ms from publish to receipt):`,
  );
  console.log(`           mean     p50     p95     p99`);
  console.log(`delivery ${fmt(lag.mean)} ${fmt(lag.p50)} ${fmt(lag.p95)} ${fmt(lag.p99)}`);
  console.log(`last one ${fmt(last.mean)} ${fmt(last.p50)} ${fmt(last.p95)} ${fmt(last.p99)}`);
  console.log(
    `load average after: ${loadavg()
      .map((l) => l.toFixed(2))
      .join(' ')}`,
  );
} finally {
  await Promise.allSettled(clients.map((c) => c.dispose()));
  await Promise.all(
    children.map(
      (c) =>
        new Promise((resolve) => {
          if (c.exitCode !== null || c.signalCode !== null) return resolve(undefined);
          c.once('exit', resolve);
          c.kill('SIGTERM');
        }),
    ),
  );
  await bus.close();
  redis.disconnect();
  await jwks.close();
  await removeRunData(databaseUrl, prefix, redisUrl, queuePrefix);
}

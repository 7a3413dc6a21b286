// `npm run bench:upload`: the user's story's upload storm, as its load tool ran it. N uploads of distinct JPEGs
// (96 KB to 2.6 MB, sizes spread evenly) start open loop within T seconds (upload i at i·T/N, whatever
// happened to the others) from U signed-in users, each a GraphQL multipart `uploadMedia` request that gives
// up after 60 s. The same requests go first to a sink on this machine that reads and discards them (the
// ceiling: what this client and machine can move), then, in the same run, to the gateway with the media
// subgraph and the workers as separate processes. Options: --uploads N --seconds T --users U (quick runs),
// --timeout S, --cpu-prof (profiles of the gateway and media, in .data/bench/profiles), --ready-minutes M (how
// long to wait for the workers to process every accepted upload; 45 by default), --storage disk,s3 (the gateway
// phase once per media store, one after the other in the same run; s3 is a local S3-compatible server, s3rver).
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { createReadStream, mkdirSync, readFileSync, rmSync } from 'node:fs';
import http from 'node:http';
import { createServer } from 'node:net';
import { cpus, loadavg, totalmem } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { removeRunData, startS3Server, type S3Server } from '@zaffa/shared/testing';
import { createTestIssuer } from '../test/support/issuer.ts';
import { imagePool, type PoolImage } from './pool.ts';

const { values: args } = parseArgs({
  options: {
    uploads: { type: 'string', default: '5000' },
    seconds: { type: 'string', default: '5' },
    users: { type: 'string', default: '50' },
    timeout: { type: 'string', default: '60' },
    'cpu-prof': { type: 'boolean', default: false },
    'ready-minutes': { type: 'string', default: '45' },
    storage: { type: 'string', default: 'disk' },
  },
});
const uploads = Number(args.uploads);
const windowMs = Number(args.seconds) * 1000;
const users = Number(args.users);
const timeoutMs = Number(args.timeout) * 1000;
/** The pool every run draws from; a smaller run takes evenly spaced files of it, so sizes stay spread alike. */
const poolSize = 5000;
/** Bounds the whole run: waiting for READY gives up after this. */
const processingDeadlineMs = Number(args['ready-minutes']) * 60_000;
const storages = args.storage.split(',');
if (!(uploads > 0 && uploads <= poolSize && windowMs > 0 && users > 0) || !storages.every((s) => s === 'disk' || s === 's3'))
  throw new Error(`--uploads 1..${poolSize}, --seconds > 0, --users > 0, --storage disk and/or s3`);

const root = fileURLToPath(new URL('../', import.meta.url));
const runId = `${Date.now().toString(36)}${randomBytes(2).toString('hex')}`;
const benchDir = join(root, '.data/bench');
const storageDir = join(benchDir, `media-${runId}`);
const profileDir = join(benchDir, 'profiles', runId);
const databaseUrl = process.env.DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/postgres';
const redisUrl = process.env.REDIS_URL || 'redis://127.0.0.1:6379';
const prefix = `zaffa_bench_${runId}`;
const queuePrefix = `zaffa-bench-${runId}`;

const freePort = () =>
  new Promise<number>((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
const mb = (bytes: number) => bytes / 1024 / 1024;
const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
/** Peak resident memory of a process so far (VmHWM), in MB. */
const peakRss = (pid: number) => Number(/VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? NaN) / 1024;
const load = () =>
  loadavg()
    .map((l) => l.toFixed(2))
    .join(' ');

/** A fixed shuffle (mulberry32), so sizes are mixed over the window and every run sends the same files in the same order. */
function shuffled<T>(items: T[], seed = 42): T[] {
  const out = [...items];
  let a = seed;
  for (let i = out.length - 1; i > 0; i--) {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    const j = Math.floor((((t ^ (t >>> 14)) >>> 0) / 4294967296) * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

console.log(`machine: ${cpus().length} × ${cpus()[0]?.model}, ${Math.round(mb(totalmem()) / 1024)} GiB; load average before: ${load()}`);
console.log(`making or reading the pool of ${poolSize} distinct images…`);
const pool = await imagePool(join(benchDir, `pool-${poolSize}`), poolSize, 10, (n) => n % 10 === 0 && console.log(`  ${n} photos made`));
const files: PoolImage[] = shuffled(Array.from({ length: uploads }, (_, i) => pool[Math.floor((i * poolSize) / uploads)]!));
const totalBytes = files.reduce((a, f) => a + f.bytes, 0);
console.log(
  `files: ${uploads} distinct JPEGs, ${(Math.min(...files.map((f) => f.bytes)) / 1024).toFixed(0)} KB to ${mb(Math.max(...files.map((f) => f.bytes))).toFixed(2)} MB, ${mb(totalBytes).toFixed(0)} MB in all`,
);

interface Outcome {
  ok: boolean;
  ms: number;
  bytes: number;
  reason?: string;
  mediaId?: string;
}

const operations = JSON.stringify({
  query: 'mutation Upload($input: UploadMediaInput!) { uploadMedia(input: $input) { media { id status } } }',
  operationName: 'Upload',
  variables: { input: { file: null } },
});

/** One upload as a browser sends it (a multipart body: the operation, the map, then the file), given up after the timeout. */
function send(url: string, agent: http.Agent, i: number, token: string): Promise<Outcome> {
  return new Promise((resolve) => {
    const file = files[i]!;
    const boundary = `----bench${i}`;
    const head = Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="operations"\r\n\r\n${operations}\r\n` +
        `--${boundary}\r\nContent-Disposition: form-data; name="map"\r\n\r\n{"0":["variables.input.file"]}\r\n` +
        `--${boundary}\r\nContent-Disposition: form-data; name="0"; filename="photo-${i}.jpg"\r\nContent-Type: image/jpeg\r\n\r\n`,
    );
    const tail = Buffer.from(`\r\n--${boundary}--\r\n`);
    const began = performance.now();
    let settled = false;
    const done = (ok: boolean, reason?: string, mediaId?: string) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      resolve({ ok, ms: performance.now() - began, bytes: file.bytes, reason, mediaId });
    };
    const req = http.request(url, {
      method: 'POST',
      agent,
      headers: {
        'content-type': `multipart/form-data; boundary=${boundary}`,
        'content-length': head.length + file.bytes + tail.length,
        authorization: `Bearer ${token}`,
        'apollo-require-preflight': 'true',
      },
    });
    const timer = setTimeout(() => {
      done(false, `timeout (${timeoutMs / 1000} s)`);
      req.destroy();
    }, timeoutMs);
    req.on('error', (err: NodeJS.ErrnoException) => done(false, err.code ?? err.message));
    req.on('response', (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('error', (err: NodeJS.ErrnoException) => done(false, err.code ?? err.message));
      res.on('end', () => {
        const text = Buffer.concat(chunks).toString();
        try {
          const body = JSON.parse(text) as {
            data?: { uploadMedia?: { media?: { id: string } } };
            errors?: { extensions?: { code?: string } }[];
          };
          const id = body.data?.uploadMedia?.media?.id;
          if (res.statusCode === 200 && id) done(true, undefined, id);
          else done(false, `HTTP ${res.statusCode} ${body.errors?.[0]?.extensions?.code ?? ''}`.trim());
        } catch {
          done(false, `HTTP ${res.statusCode} (not JSON)`);
        }
      });
    });
    req.write(head);
    const body = createReadStream(file.path);
    body.on('error', (err) => req.destroy(err));
    body.on('end', () => req.end(tail));
    body.pipe(req, { end: false });
  });
}

interface Phase {
  outcomes: Outcome[];
  /** From the first request's start to the last answer or give-up. */
  ms: number;
}

async function storm(url: string, tokens: string[]): Promise<Phase> {
  const agent = new http.Agent({ keepAlive: true });
  const startedAt = performance.now();
  const outcomes = await Promise.all(
    files.map(async (_, i) => {
      await sleep(Math.max(0, startedAt + (i * windowMs) / uploads - performance.now()));
      return send(url, agent, i, tokens[i % tokens.length]!);
    }),
  );
  const ms = performance.now() - startedAt;
  agent.destroy();
  return { outcomes, ms };
}

function report(name: string, phase: Phase): { mbps: number } {
  const accepted = phase.outcomes.filter((o) => o.ok);
  const latencies = phase.outcomes.map((o) => o.ms).sort((a, b) => a - b);
  const acceptedBytes = accepted.reduce((a, o) => a + o.bytes, 0);
  const mbps = mb(acceptedBytes) / (phase.ms / 1000);
  const reasons = new Map<string, number>();
  for (const o of phase.outcomes) if (!o.ok) reasons.set(o.reason ?? 'unknown', (reasons.get(o.reason ?? 'unknown') ?? 0) + 1);
  console.log(`
${name}
  accepted            ${accepted.length} of ${uploads}
  failed              ${uploads - accepted.length}${[...reasons].map(([reason, n]) => `\n    ${String(n).padStart(5)} × ${reason}`).join('')}
  latency (all)       p50 ${seconds(percentile(latencies, 50))}   p95 ${seconds(percentile(latencies, 95))}   p99 ${seconds(percentile(latencies, 99))}   max ${seconds(latencies.at(-1)!)}
  throughput          ${mbps.toFixed(1)} MB/s (${mb(acceptedBytes).toFixed(0)} MB accepted in ${seconds(phase.ms)})`);
  return { mbps };
}

const children: ChildProcess[] = [];
let s3: S3Server | undefined;
function spawnNode(entry: string, env: NodeJS.ProcessEnv, flags: string[] = []): ChildProcess {
  const child = spawn(process.execPath, [...flags, entry], { cwd: root, env, stdio: ['ignore', 'pipe', 'inherit'] });
  children.push(child);
  return child;
}
async function ready(child: ChildProcess, port: number): Promise<void> {
  while (
    !(await fetch(`http://127.0.0.1:${port}/readyz`).then(
      (r) => r.ok,
      () => false,
    ))
  ) {
    if (child.exitCode !== null) throw new Error(`a service exited with ${child.exitCode}`);
    await sleep(100);
  }
}
const stop = (child: ChildProcess) =>
  new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve(undefined);
    child.once('exit', resolve);
    child.kill('SIGTERM');
  });

const issuer = await createTestIssuer();
const jwks = await issuer.serveJwks();
const userIds = Array.from({ length: users }, (_, i) => `00000000-0000-4000-8000-${(0xbe000000 + i).toString(16).padStart(12, '0')}`);
// Valid for the whole run: the benchmark measures uploads, not token renewal.
const tokens = await Promise.all(userIds.map((id) => issuer.sign(id, 'COUPLE', {}, 3 * 3600)));

let stopping = false;
process.once('SIGINT', () => {
  stopping = true;
  console.log("\ninterrupted: stopping the services and removing the run's data…");
});

try {
  console.log(`\nsink: ${uploads} uploads within ${windowMs / 1000} s from ${users} users (open loop, ${timeoutMs / 1000} s timeout)…`);
  const sink = spawnNode('bench/sink.ts', process.env);
  const lines = createInterface({ input: sink.stdout! });
  const sinkPort = Number(await new Promise<string>((resolve) => lines.once('line', resolve)));
  const sinkPhase = await storm(`http://127.0.0.1:${sinkPort}/graphql`, tokens);
  const sinkPeak = peakRss(sink.pid!);
  await stop(sink);
  const ceiling = report(`sink (reads and discards; peak RSS ${sinkPeak.toFixed(0)} MB)`, sinkPhase);
  await sleep(3000);

  for (const storage of storages) await throughGateway(storage, ceiling);
} finally {
  await Promise.all(children.map(stop));
  await s3?.close();
  await jwks.close();
  await removeRunData(databaseUrl, prefix, redisUrl, queuePrefix);
  rmSync(storageDir, { recursive: true, force: true });
}

/** The storm through the gateway, with media on `storage`: its figures, then how long until every upload is processed. */
async function throughGateway(storage: string, ceiling: { mbps: number }): Promise<void> {
  s3 = storage === 's3' ? await startS3Server() : undefined;
  const [mediaPort, gatewayPort, workersPort] = [await freePort(), await freePort(), await freePort()];
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: 'production',
    LOG_LEVEL: 'warn',
    DATABASE_URL: databaseUrl,
    REDIS_URL: redisUrl,
    DATABASE_PREFIX: `${prefix}_${storage}`,
    QUEUE_PREFIX: `${queuePrefix}-${storage}`,
    MEDIA_STORAGE_DIR: join(storageDir, storage),
    ...s3?.env,
    MEDIA_REFERENCE_SECRET: randomBytes(32).toString('hex'),
    SUBGRAPH_SECRET: randomBytes(32).toString('hex'),
    ACCOUNTS_JWKS_URL: jwks.url,
    // Thousands of people stand behind these 50 users and one address: the rate limits must not throttle them here.
    RATE_LIMIT_IP_PER_MINUTE: '10000000',
    RATE_LIMIT_USER_PER_MINUTE: '10000000',
    MEDIA_PORT: String(mediaPort),
    GATEWAY_PORT: String(gatewayPort),
    WORKERS_PORT: String(workersPort),
    MEDIA_URL: `http://127.0.0.1:${mediaPort}/graphql`,
  };
  const profile = args['cpu-prof'] ? ['--cpu-prof', `--cpu-prof-dir=${profileDir}`] : [];
  if (profile.length) mkdirSync(profileDir, { recursive: true });
  const media = spawnNode('subgraphs/media/src/main.ts', env, profile);
  await ready(media, mediaPort);
  const workers = spawnNode('workers/src/main.ts', env);
  await ready(workers, workersPort);
  const gateway = spawnNode('gateway/src/main.ts', env, profile);
  await ready(gateway, gatewayPort);

  // Gateway and media fetch the token keys on first use: from the JWKS server in this process, which the storm
  // starves. Fetched now, they stay cached through the run, as accounts' keys would in a running stack.
  const warmUp = await fetch(`http://127.0.0.1:${gatewayPort}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${tokens[0]}` },
    body: JSON.stringify({ query: '{ mediaByChecksum(sha1s: []) { id } }' }),
  });
  if (!warmUp.ok) throw new Error(`warm-up query failed: ${warmUp.status} ${await warmUp.text()}`);
  const idle = { gateway: peakRss(gateway.pid!), media: peakRss(media.pid!) };
  console.log(
    `\ngateway, media on ${storage === 's3' ? 'S3 (a local s3rver)' : 'disk'}: the same uploads, load average ${load()}; RSS before: gateway ${idle.gateway.toFixed(0)} MB, media ${idle.media.toFixed(0)} MB…`,
  );
  const gatewayPhase = await storm(`http://127.0.0.1:${gatewayPort}/graphql`, tokens);
  const peaks = { gateway: peakRss(gateway.pid!), media: peakRss(media.pid!) };
  const through = report(`gateway (${storage})`, gatewayPhase);
  const metrics = await (await fetch(`http://127.0.0.1:${gatewayPort}/metrics`)).text();
  const refusals = [...metrics.matchAll(/^upload_admission_refusals_total\{reason="([^"]+)"[^}]*\} (\d+)/gm)].map((m) => `${m[2]} ${m[1]}`);
  console.log(`  503 + Retry-After   ${refusals.join(', ') || 'none'} (the gateway's upload_admission_refusals_total)
  peak RSS            gateway ${peaks.gateway.toFixed(0)} MB   media ${peaks.media.toFixed(0)} MB   together ${(peaks.gateway + peaks.media).toFixed(0)} MB
  gateway / sink      ${(through.mbps / ceiling.mbps).toFixed(2)}`);

  console.log('\nwaiting until every accepted upload is processed…');
  const accepted = new Set(gatewayPhase.outcomes.filter((o) => o.ok).map((o) => o.mediaId!));
  const db = new pg.Client({ connectionString: databaseUrl.replace(/\/[^/]*$/, `/${prefix}_${storage}_media`) });
  await db.connect();
  const waitStarted = performance.now();
  let counts: Record<string, number>;
  for (;;) {
    const { rows } = await db.query<{ status: string; n: number }>(`SELECT status, count(*)::int AS n FROM media GROUP BY status`);
    counts = Object.fromEntries(rows.map((r) => [r.status, r.n]));
    if (!counts.PENDING || stopping || performance.now() - waitStarted > processingDeadlineMs) break;
    await sleep(1000);
  }
  const afterLastAnswer = performance.now() - waitStarted;
  const done = (counts.READY ?? 0) + (counts.FAILED ?? 0);
  const { rows } = await db.query<{ id: string }>(`SELECT id FROM media`);
  await db.end();
  const stored = new Set(rows.map((r) => r.id));
  const forNobody = rows.filter((r) => !accepted.has(r.id)).length;
  const missing = [...accepted].filter((id) => !stored.has(id)).length;
  console.log(`
processing
  ${counts.PENDING ? `not all processed ${seconds(gatewayPhase.ms + afterLastAnswer)} after the first upload (${done} processed in the ${seconds(afterLastAnswer)} after the last answer)` : `all processed       ${seconds(gatewayPhase.ms + afterLastAnswer)} after the first upload (${seconds(afterLastAnswer)} after the last answer)`}: ${Object.entries(
    counts,
  )
    .map(([s, n]) => `${n} ${s}`)
    .join(', ')}
  accepted, no row    ${missing}
  for a gone client   ${forNobody} (rows whose client never got an answer)
load average after    ${load()}
`);
  await Promise.all(children.splice(0).map(stop));
  await s3?.close();
  s3 = undefined;
}

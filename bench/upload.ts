// `npm run bench:upload`: the user's story's scenario through the gateway. 5000 image uploads of 96 KB to
// 2.6 MB arrive within 5 s (open loop: each starts on its own schedule, whatever the others do), against
// the gateway, the media subgraph and the workers as separate processes on 127.0.0.1. Then the machine's
// own limit on the same bytes: SHA-1 and a copy on the same disk. Options: --uploads N --window MS --distinct N.
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { createReadStream, createWriteStream, mkdirSync, readFileSync, rmSync } from 'node:fs';
import http from 'node:http';
import { createServer } from 'node:net';
import { loadavg, cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { removeRunData } from '@zaffa/shared/testing';
import { createTestIssuer } from '../test/support/issuer.ts';
import { imagePool } from './pool.ts';

const { values: args } = parseArgs({
  options: {
    uploads: { type: 'string', default: '5000' },
    window: { type: 'string', default: '5000' },
    distinct: { type: 'string', default: '200' },
  },
});
const uploads = Number(args.uploads);
const windowMs = Number(args.window);
const distinct = Number(args.distinct);
/** Bounds the whole run: waiting for READY gives up after this. */
const processingDeadlineMs = 15 * 60_000;

const root = fileURLToPath(new URL('../', import.meta.url));
const runId = `${Date.now().toString(36)}${randomBytes(2).toString('hex')}`;
const benchDir = join(root, '.data/bench');
const storageDir = join(benchDir, `media-${runId}`);
const limitDir = join(benchDir, `limit-${runId}`);
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
const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
/** Peak resident memory of a process so far (VmHWM), in MB. */
const peakRss = (pid: number) => Number(/VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? NaN) / 1024;

console.log(
  `machine: ${cpus().length} × ${cpus()[0]?.model}, ${Math.round(mb(totalmem()) / 1024)} GiB; load average before: ${loadavg()
    .map((l) => l.toFixed(2))
    .join(' ')}`,
);
console.log(`making or reading the pool of ${distinct} distinct images…`);
const pool = await imagePool(join(benchDir, `pool-${distinct}`), distinct);
const sizes = pool.map((p) => p.bytes.length);
console.log(
  `pool: ${distinct} JPEGs, ${(Math.min(...sizes) / 1024).toFixed(0)} KB to ${mb(Math.max(...sizes)).toFixed(2)} MB, mean ${mb(sizes.reduce((a, b) => a + b, 0) / distinct).toFixed(2)} MB`,
);

const issuer = await createTestIssuer();
const jwks = await issuer.serveJwks();
const [mediaPort, gatewayPort, workersPort] = [await freePort(), await freePort(), await freePort()];
const env: NodeJS.ProcessEnv = {
  ...process.env,
  NODE_ENV: 'production',
  LOG_LEVEL: 'warn',
  DATABASE_URL: databaseUrl,
  REDIS_URL: redisUrl,
  DATABASE_PREFIX: prefix,
  QUEUE_PREFIX: queuePrefix,
  MEDIA_STORAGE_DIR: storageDir,
  ACCOUNTS_JWKS_URL: jwks.url,
  // 5000 uploads in 5 s stand for thousands of people; one address and one token must not be throttled here.
  RATE_LIMIT_IP_PER_MINUTE: '10000000',
  RATE_LIMIT_USER_PER_MINUTE: '10000000',
  MEDIA_PORT: String(mediaPort),
  GATEWAY_PORT: String(gatewayPort),
  WORKERS_PORT: String(workersPort),
  MEDIA_URL: `http://127.0.0.1:${mediaPort}/graphql`,
};

const children: ChildProcess[] = [];
async function start(entry: string, port: number): Promise<ChildProcess> {
  const child = spawn(process.execPath, [entry], { cwd: root, env, stdio: ['ignore', 'ignore', 'inherit'] });
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

async function cleanUp() {
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
  await jwks.close();
  await removeRunData(databaseUrl, prefix, redisUrl, queuePrefix);
  rmSync(storageDir, { recursive: true, force: true });
  rmSync(limitDir, { recursive: true, force: true });
}

try {
  // The machine's limit on the same work, measured first on a settled disk: the same bytes, read,
  // SHA-1-hashed and copied on the same disk (unflushed, like an incoming upload), then removed.
  execFileSync('sync');
  mkdirSync(limitDir, { recursive: true });
  const limitStarted = performance.now();
  let next = 0;
  let limitBytes = 0;
  await Promise.all(
    Array.from({ length: 64 }, async () => {
      for (let i = next++; i < uploads; i = next++) {
        const source = pool[i % pool.length]!;
        const hash = createHash('sha1');
        const input = createReadStream(source.path);
        input.on('data', (chunk) => hash.update(chunk));
        await pipeline(input, createWriteStream(join(limitDir, String(i))));
        hash.digest('hex');
        limitBytes += source.bytes.length;
      }
    }),
  );
  const limitMBps = mb(limitBytes) / ((performance.now() - limitStarted) / 1000);
  rmSync(limitDir, { recursive: true, force: true });
  execFileSync('sync');

  const media = await start('subgraphs/media/src/main.ts', mediaPort);
  await start('workers/src/main.ts', workersPort);
  const gateway = await start('gateway/src/main.ts', gatewayPort);
  // Valid for the whole run: the benchmark measures uploads, not token renewal.
  const token = await issuer.sign('00000000-0000-4000-8000-00000000be01', 'COUPLE', {}, 3600);
  const agent = new http.Agent({ keepAlive: true });
  const operations = JSON.stringify({
    query: 'mutation($input: UploadMediaInput!) { uploadMedia(input: $input) { media { id status } } }',
    variables: { input: { file: null } },
  });

  /** One upload as a browser sends it: a multipart body with the operation, the map, then the file. */
  const send = (i: number) =>
    new Promise<{ ok: boolean; ms: number; bytes: number; error?: string }>((resolve) => {
      const image = pool[i % pool.length]!;
      const boundary = `----bench${i}`;
      const head = Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="operations"\r\n\r\n${operations}\r\n` +
          `--${boundary}\r\nContent-Disposition: form-data; name="map"\r\n\r\n{"0":["variables.input.file"]}\r\n` +
          `--${boundary}\r\nContent-Disposition: form-data; name="0"; filename="photo-${i}.jpg"\r\nContent-Type: image/jpeg\r\n\r\n`,
      );
      const tail = Buffer.from(`\r\n--${boundary}--\r\n`);
      const began = performance.now();
      const done = (ok: boolean, error?: string) => resolve({ ok, ms: performance.now() - began, bytes: image.bytes.length, error });
      const req = http.request(`http://127.0.0.1:${gatewayPort}/graphql`, {
        method: 'POST',
        agent,
        headers: {
          'content-type': `multipart/form-data; boundary=${boundary}`,
          'content-length': head.length + image.bytes.length + tail.length,
          authorization: `Bearer ${token}`,
          'apollo-require-preflight': 'true',
        },
      });
      req.on('error', (err) => done(false, err.message));
      req.on('response', (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => {
          const text = Buffer.concat(chunks).toString();
          try {
            const body = JSON.parse(text) as { data?: { uploadMedia?: { media?: { id: string } } }; errors?: { message: string }[] };
            if (res.statusCode === 200 && body.data?.uploadMedia?.media?.id) done(true);
            else done(false, `${res.statusCode}: ${body.errors?.[0]?.message ?? text.slice(0, 80)}`);
          } catch {
            done(false, `${res.statusCode}: ${text.slice(0, 80)}`);
          }
        });
      });
      req.write(head);
      req.write(image.bytes);
      req.end(tail);
    });

  console.log(`sending ${uploads} uploads within ${windowMs / 1000} s (open loop) to the gateway on 127.0.0.1:${gatewayPort}…`);
  const startedAt = performance.now();
  const results = await Promise.all(
    Array.from({ length: uploads }, async (_, i) => {
      await sleep(Math.max(0, startedAt + (i * windowMs) / uploads - performance.now()));
      return send(i);
    }),
  );
  const ingestMs = performance.now() - startedAt;
  const peaks = { gateway: peakRss(gateway.pid!), media: peakRss(media.pid!) };
  agent.destroy();

  const accepted = results.filter((r) => r.ok);
  const latencies = results.map((r) => r.ms).sort((a, b) => a - b);
  const acceptedBytes = accepted.reduce((a, r) => a + r.bytes, 0);
  const ingestMBps = mb(acceptedBytes) / (ingestMs / 1000);
  const errors = new Map<string, number>();
  for (const r of results) if (!r.ok) errors.set(r.error ?? 'unknown', (errors.get(r.error ?? 'unknown') ?? 0) + 1);

  console.log('waiting until every upload is processed…');
  const db = new pg.Client({ connectionString: databaseUrl.replace(/\/[^/]*$/, `/${prefix}_media`) });
  await db.connect();
  let counts: Record<string, number> = {};
  for (;;) {
    const { rows } = await db.query<{ status: string; n: number }>(`SELECT status, count(*)::int AS n FROM media GROUP BY status`);
    counts = Object.fromEntries(rows.map((r) => [r.status, r.n]));
    if (!counts.PENDING || performance.now() - startedAt > processingDeadlineMs) break;
    await sleep(250);
  }
  const allReadyS = (performance.now() - startedAt) / 1000;
  const {
    rows: [distinctBlobs],
  } = await db.query<{ n: number }>(`SELECT count(DISTINCT sha1)::int AS n FROM media WHERE status = 'READY'`);
  await db.end();

  console.log(`
uploads sent          ${uploads} within ${windowMs / 1000} s, ${distinct} distinct images (${mb(results.reduce((a, r) => a + r.bytes, 0)).toFixed(0)} MB in all)
accepted              ${accepted.length}
failed                ${uploads - accepted.length}${[...errors].map(([e, n]) => `\n  ${n} × ${e}`).join('')}
latency               p50 ${(percentile(latencies, 50) / 1000).toFixed(2)} s   p95 ${(percentile(latencies, 95) / 1000).toFixed(2)} s   p99 ${(percentile(latencies, 99) / 1000).toFixed(2)} s   max ${(latencies.at(-1)! / 1000).toFixed(2)} s
ingest                ${ingestMBps.toFixed(1)} MB/s (${mb(acceptedBytes).toFixed(0)} MB accepted in ${(ingestMs / 1000).toFixed(1)} s)
peak RSS              gateway ${peaks.gateway.toFixed(0)} MB   media ${peaks.media.toFixed(0)} MB   together ${(peaks.gateway + peaks.media).toFixed(0)} MB
all processed after   ${allReadyS.toFixed(1)} s: ${Object.entries(counts)
    .map(([s, n]) => `${n} ${s}`)
    .join(', ')} (${distinctBlobs?.n} distinct blobs)
machine limit         ${limitMBps.toFixed(1)} MB/s (SHA-1 + copy of the same bytes on the same disk)
ingest / limit        ${(ingestMBps / limitMBps).toFixed(2)}
load average after    ${loadavg()
    .map((l) => l.toFixed(2))
    .join(' ')}
`);
} finally {
  await cleanUp();
}

// `npm start`: the whole stack on one machine — gateway, four subgraphs and workers.
// Uses DATABASE_URL / REDIS_URL when set, else local servers; starts an embedded Postgres when none answers.
import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { defaultDatabaseUrl, defaultRedisUrl, postgresAnswers, redisAnswers, startEmbeddedPostgres } from './localServices.ts';
import { services } from './services.ts';
import { composeSupergraph, supergraphIsCurrent, writeSupergraph } from './supergraph.ts';

const root = fileURLToPath(new URL('../', import.meta.url));
const env = { ...process.env };
const started = performance.now();
let stopEmbedded: (() => Promise<void>) | undefined;

// The only build step: a schema edited since the last `npm run compose` is composed in now.
const { sdl } = composeSupergraph();
if (!env.SUPERGRAPH_PATH && !supergraphIsCurrent(sdl)) {
  writeSupergraph(sdl);
  console.log('Subgraph schemas changed: recomposed gateway/supergraph.graphql.');
}

if (!env.DATABASE_URL && !(await postgresAnswers(defaultDatabaseUrl))) {
  console.log('No Postgres answers on 127.0.0.1:5432: starting an embedded one (data in .data/postgres).');
  const embedded = await startEmbeddedPostgres(`${root}.data/postgres`, 54329);
  env.DATABASE_URL = embedded.url;
  stopEmbedded = embedded.stop;
}
const redisUrl = env.REDIS_URL || defaultRedisUrl;
if (!(await redisAnswers(redisUrl))) {
  console.error(`No Redis answers at ${redisUrl}.`);
  console.error(
    'Start one (`redis-server --daemonize yes`, `apt-get install redis-server`, or `docker compose up -d redis`), or set REDIS_URL.',
  );
  await stopEmbedded?.();
  process.exit(1);
}

const children: ChildProcess[] = [];
let stopping = false;
for (const service of services) {
  const child = spawn(process.execPath, [service.entry], { cwd: root, env, stdio: ['ignore', 'inherit', 'inherit'] });
  child.on('exit', (code, signal) => {
    if (!stopping) {
      console.error(`${service.name} exited (${signal ?? code}); stopping the stack.`);
      void stop(1);
    }
  });
  children.push(child);
}

async function stop(code: number) {
  if (stopping) return;
  stopping = true;
  await Promise.all(
    children.map(
      (child) =>
        new Promise((resolve) => {
          if (child.exitCode !== null || child.signalCode !== null) return resolve(undefined);
          child.once('exit', resolve);
          child.kill('SIGTERM');
        }),
    ),
  );
  await stopEmbedded?.();
  process.exit(code);
}
process.once('SIGINT', () => void stop(0));
process.once('SIGTERM', () => void stop(0));

const portOf = (s: (typeof services)[number]) => Number(env[s.portVar] || s.port);
const host = env.HOST || '127.0.0.1';
const deadline = Date.now() + 120_000;
const isReady = (s: (typeof services)[number]) =>
  fetch(`http://${host}:${portOf(s)}/readyz`).then(
    (r) => r.ok,
    () => false,
  );
for (const service of services) {
  while (!stopping && !(await isReady(service))) {
    if (Date.now() > deadline) {
      console.error(`${service.name} was not ready within 2 minutes.`);
      await stop(1);
    }
    await new Promise((r) => setTimeout(r, 200));
  }
}
if (stopping) await new Promise(() => {}); // a service died while starting: stop() is exiting
const gatewayPort = portOf(services.find((s) => s.name === 'gateway')!);
console.log(`
Zaffa is up in ${((performance.now() - started) / 1000).toFixed(1)} s.
  GraphQL (and playground): http://${host}:${gatewayPort}/graphql
  Health:                   http://${host}:${gatewayPort}/healthz  /readyz  /metrics
  Subgraphs:                ${services
    .filter((s) => s.subgraph)
    .map((s) => `${s.name} :${portOf(s)}`)
    .join('  ')}
  Workers:                  http://${host}:${portOf(services.find((s) => s.name === 'workers')!)}/readyz
Ctrl-C stops everything.
`);

// `npm start`: the whole stack on one machine — gateway, four subgraphs and workers.
// Uses DATABASE_URL / REDIS_URL when set, else local servers; starts an embedded Postgres when none answers.
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { startConfig } from './config.ts';
import { demoWelcome, seedDemoCatalogue } from './demoCatalogue.ts';
import { defaultDatabaseUrl, defaultRedisUrl, postgresAnswers, redisAnswers, startEmbeddedPostgres } from './localServices.ts';
import { services } from './services.ts';
import { databasesWithData } from './stackData.ts';
import { ensurePlaygroundBuilt } from '@zaffa/playground/build';
import { composeSupergraph, supergraphIsCurrent, writeSupergraph } from './supergraph.ts';

const root = fileURLToPath(new URL('../', import.meta.url));
const env = { ...process.env };
const noSeedFlag = process.argv.includes('--no-seed');
const started = performance.now();
let stopEmbedded: (() => Promise<void>) | undefined;

// The build steps: a schema edited since the last `npm run compose` is composed in now, a stale playground rebuilt.
const { sdl } = composeSupergraph();
if (!env.SUPERGRAPH_PATH && !supergraphIsCurrent(sdl)) {
  writeSupergraph(sdl);
  console.log('Subgraph schemas changed: recomposed gateway/supergraph.graphql.');
}
await ensurePlaygroundBuilt();

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

// Ports moved from their defaults are where the gateway and the token verifiers look, unless told otherwise.
const portOf = (s: (typeof services)[number]) => Number(env[s.portVar] || s.port);
const host = env.HOST || '127.0.0.1';
for (const s of services.filter((s) => s.subgraph)) {
  const urlVar = `${s.name.toUpperCase()}_URL`;
  if (env[s.portVar] && !env[urlVar]) env[urlVar] = `http://${host}:${portOf(s)}/graphql`;
}
// The key only the gateway calls subgraphs with: a fresh one per start, shared by the processes started here.
// Production sets its own (services refuse to start without it).
if (!env.SUBGRAPH_SECRET && env.NODE_ENV !== 'production') env.SUBGRAPH_SECRET = randomBytes(32).toString('hex');
if (env.ACCOUNTS_PORT && !env.ACCOUNTS_JWKS_URL) env.ACCOUNTS_JWKS_URL = `http://${host}:${env.ACCOUNTS_PORT}/.well-known/jwks.json`;

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
const playgroundUrl = `http://${host}:${gatewayPort}/graphql`;
const welcome = await seedFirstStart().catch(async (err) => {
  console.error(`Loading the demo catalogue failed: ${err instanceof Error ? err.message : err}`);
  await stop(1);
});
console.log(`
Zaffa is up in ${((performance.now() - started) / 1000).toFixed(1)} s.
  GraphQL (and playground): ${playgroundUrl}
  Queue board (staff):      http://${host}:${gatewayPort}/admin/queues
  Health:                   http://${host}:${gatewayPort}/healthz  /readyz  /metrics
  Subgraphs:                ${services
    .filter((s) => s.subgraph)
    .map((s) => `${s.name} :${portOf(s)}`)
    .join('  ')}
  Workers:                  http://${host}:${portOf(services.find((s) => s.name === 'workers')!)}/readyz
${welcome ? `\n${welcome}` : ''}Ctrl-C stops everything.
`);

/** On a first start outside production (empty databases), the demo catalogue, so there is something to query. */
async function seedFirstStart(): Promise<string | undefined> {
  const config = startConfig.load(env);
  if (config.NODE_ENV === 'production') return;
  if (noSeedFlag || !config.SEED_DEMO) return void console.log('Not loading the demo catalogue (--no-seed / SEED_DEMO=false).');
  const withData = await databasesWithData(env);
  if (withData.length > 0) return void console.log(`Databases already have data (${withData[0]}): not loading the demo catalogue.`);
  console.log('Empty databases: loading the demo catalogue (npm start -- --no-seed skips this)…');
  const demoAccounts = await seedDemoCatalogue({ vendors: 500, communes: 100, env, print: (line) => process.stdout.write(line) });
  return demoWelcome(demoAccounts, playgroundUrl);
}

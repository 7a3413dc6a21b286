import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { postgresAnswers, redisAnswers, startEmbeddedPostgres } from '../../scripts/localServices.ts';

/** A port nothing listens on right now. */
export async function freePort(): Promise<number> {
  const server = createServer().listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as { port: number };
  server.close();
  return port;
}

export async function until(check: () => Promise<boolean>, what: string, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check().catch(() => false))) {
    if (Date.now() > deadline) throw new Error(`gave up waiting: ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/**
 * A redis-server of the test's own (never the machine's shared one), without persistence: stopping it and
 * starting it again is a Redis restarted without its data. The test may also pause it (SIGSTOP): connections stay
 * open and nothing is answered, as with a stalled server.
 */
export async function privateRedis() {
  const port = await freePort();
  const url = `redis://127.0.0.1:${port}`;
  let child: ChildProcess | null = null;
  const start = async () => {
    child = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], { stdio: 'ignore' });
    await until(() => redisAnswers(url), 'the private redis-server answers');
  };
  const kill = async () => {
    const running = child;
    child = null;
    if (!running || running.exitCode !== null) return;
    const exited = once(running, 'exit');
    running.kill('SIGCONT');
    running.kill('SIGKILL');
    await exited;
  };
  await start();
  return {
    url,
    /** Stops it as a crash would, and starts it again, empty. */
    restartEmpty: async () => {
      await kill();
      await start();
    },
    stop: kill,
    /** Starts it again after `stop`, empty, on the same port. */
    start,
    pause: () => void child?.kill('SIGSTOP'),
    resume: () => void child?.kill('SIGCONT'),
  };
}

export type PrivateRedis = Awaited<ReturnType<typeof privateRedis>>;

/** A Postgres server of the test's own, in a temporary folder, that the test may stop and start again. */
export async function privatePostgres() {
  const dir = mkdtempSync(join(tmpdir(), 'zaffa-pg-'));
  chmodSync(dir, 0o755); // as root, Postgres runs as a user of its own, which must reach its data folder
  const port = await freePort();
  let server = await startEmbeddedPostgres(join(dir, 'data'), port);
  const url = server.url;
  return {
    url,
    stop: () => server.stop(),
    start: async () => {
      server = await startEmbeddedPostgres(join(dir, 'data'), port);
      await until(() => postgresAnswers(url), 'the private Postgres answers');
    },
    remove: async () => {
      await server.stop().catch(() => {});
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { createServer } from 'node:net';
import { Redis } from 'ioredis';

async function freePort(): Promise<number> {
  const server = createServer().listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as { port: number };
  server.close();
  return port;
}

async function answers(url: string, timeoutMs = 20_000): Promise<void> {
  const probe = new Redis(url, { maxRetriesPerRequest: 0, enableOfflineQueue: false, lazyConnect: true });
  probe.on('error', () => {});
  const deadline = Date.now() + timeoutMs;
  try {
    for (;;) {
      if (
        (await probe
          .connect()
          .then(() => probe.ping())
          .catch(() => '')) === 'PONG'
      )
        return;
      probe.disconnect();
      if (Date.now() > deadline) throw new Error(`redis-server at ${url} did not answer`);
      await new Promise((r) => setTimeout(r, 50));
    }
  } finally {
    probe.disconnect();
  }
}

/**
 * A redis-server of the test's own on a free port, which the test may pause (SIGSTOP), resume, stop and start
 * again: the machine's shared Redis is never touched.
 */
export async function startPrivateRedis() {
  const port = await freePort();
  const url = `redis://127.0.0.1:${port}`;
  let child: ChildProcess | undefined;
  const start = async () => {
    child = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], {
      stdio: 'ignore',
    });
    await answers(url);
  };
  const stop = async () => {
    if (!child || child.exitCode !== null || child.signalCode !== null) return;
    const exited = once(child, 'exit');
    child.kill('SIGCONT');
    child.kill('SIGKILL');
    await exited;
  };
  await start();
  return {
    url,
    /** Freezes the server: connections stay open, nothing is answered. */
    pause: () => void child!.kill('SIGSTOP'),
    resume: () => void child!.kill('SIGCONT'),
    stop,
    /** Starts it again, empty, on the same port. */
    restart: start,
  };
}

export type PrivateRedis = Awaited<ReturnType<typeof startPrivateRedis>>;

import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse, stringify } from 'yaml';
import type { Stack } from './stack.ts';

const monitoring = fileURLToPath(new URL('../../monitoring/', import.meta.url));

interface ScrapeConfig {
  job_name: string;
  scrape_interval?: string;
  static_configs: { targets: string[] }[];
}

const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });

/**
 * A real Prometheus (Debian's `prometheus`) with the repository's configuration and alert rules, each
 * job's target moved to where the test stack's service of that name listens, scraping every second.
 */
export async function startPrometheus(stack: Stack) {
  const port = await freePort();
  const ports: Record<string, number | undefined> = {
    gateway: Number(new URL(stack.gateway.url).port),
    ...Object.fromEntries(Object.entries(stack.subgraphs).map(([name, s]) => [name, Number(new URL(s.url).port)])),
    workers: stack.workersPort,
    prometheus: port,
  };
  const config = parse(readFileSync(join(monitoring, 'prometheus/prometheus.yml'), 'utf8')) as {
    global: Record<string, string>;
    rule_files: string[];
    scrape_configs: ScrapeConfig[];
  };
  config.global = { ...config.global, scrape_interval: '1s', evaluation_interval: '1s' };
  config.rule_files = config.rule_files.map((file) => join(monitoring, 'prometheus', file));
  for (const job of config.scrape_configs) {
    const target = ports[job.job_name];
    if (!target) throw new Error(`the test stack runs no service for the job ${job.job_name}`);
    job.static_configs = [{ targets: [`127.0.0.1:${target}`] }];
  }
  const dir = mkdtempSync(join(tmpdir(), 'zaffa-prometheus-'));
  writeFileSync(join(dir, 'prometheus.yml'), stringify(config));
  const child = spawn(
    'prometheus',
    [`--config.file=${join(dir, 'prometheus.yml')}`, `--storage.tsdb.path=${join(dir, 'data')}`, `--web.listen-address=127.0.0.1:${port}`],
    { stdio: ['ignore', 'ignore', 'pipe'] },
  );
  let log = '';
  child.stderr.on('data', (chunk: Buffer) => (log = (log + chunk.toString()).slice(-4000)));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const url = `http://127.0.0.1:${port}`;

  const api = async <T>(path: string, params: Record<string, string | string[]> = {}): Promise<T> => {
    const query = new URLSearchParams();
    for (const [key, value] of Object.entries(params)) for (const v of [value].flat()) query.append(key, v);
    const res = await fetch(`${url}/api/v1/${path}?${query}`);
    const body = (await res.json()) as { status: string; data: T; error?: string };
    if (body.status !== 'success') throw new Error(`${path} ${JSON.stringify(params)}: ${body.error}`);
    return body.data;
  };

  for (let i = 0; ; i++) {
    if (child.exitCode !== null) throw new Error(`prometheus exited: ${log}`);
    if (
      await fetch(`${url}/-/ready`).then(
        (r) => r.ok,
        () => false,
      )
    )
      break;
    if (i > 300) throw new Error(`prometheus not ready after 30 s: ${log}`);
    await new Promise((r) => setTimeout(r, 100));
  }

  return {
    url,
    /** The active targets, by job, with their health after the last scrape. */
    targets: async () =>
      (await api<{ activeTargets: { labels: { job: string }; health: string; lastError: string }[] }>('targets')).activeTargets,
    /** An instant query; throws on a query Prometheus cannot parse. */
    query: (expr: string) => api<{ result: unknown[] }>('query', { query: expr }),
    /** The series of a metric name seen so far. */
    series: (name: string) => api<Record<string, string>[]>('series', { 'match[]': name }),
    /** The names of the rule groups' rules that Prometheus loaded. */
    rules: async () => (await api<{ groups: { rules: { name: string; health: string }[] }[] }>('rules')).groups.flatMap((g) => g.rules),
    async stop() {
      child.kill('SIGTERM');
      await exited;
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export type Prometheus = Awaited<ReturnType<typeof startPrometheus>>;

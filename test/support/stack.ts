import { accounts } from '@zaffa/accounts';
import { event } from '@zaffa/event';
import { gatewayConfig, loadGatewayConfig, startGateway, type RunningGateway } from '@zaffa/gateway';
import { media } from '@zaffa/media';
import { messaging } from '@zaffa/messaging';
import { SUBGRAPH_SECRET_HEADER, SUBGRAPH_SECRET_PARAM, runSubgraph, type RunningService } from '@zaffa/shared';
import { removeStackData, testEnv } from '@zaffa/shared/testing';
import { vendor } from '@zaffa/vendor';
import { startWorkers, workersConfig, type RunningWorkers } from '@zaffa/workers';
import { Queue } from 'bullmq';
import { Redis } from 'ioredis';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { jobRegistry, type QueueName } from '@zaffa/shared';
import { createTestIssuer } from './issuer.ts';
import { wsClient } from './subscriptions.ts';

export type SubgraphName = 'accounts' | 'vendor' | 'event' | 'media' | 'messaging';

export interface GraphQLResult<T = Record<string, unknown>> {
  status: number;
  headers: Headers;
  body: { data?: T | null; errors?: { message: string; path?: (string | number)[]; extensions?: Record<string, unknown> }[] };
}

export interface StackOptions {
  /** Also run the BullMQ workers in this process, so queued jobs (media processing, search indexing...) happen. */
  workers?: boolean;
}

/**
 * The five subgraphs and the gateway (and, when asked, the workers), in this process, on free ports,
 * with databases of their own and a media store in a fresh temporary folder.
 */
export async function startStack(extra: NodeJS.ProcessEnv = {}, options: StackOptions = {}) {
  const issuer = await createTestIssuer();
  const base = testEnv(
    { JWT_PRIVATE_KEY: issuer.privateKeyPem, MEDIA_STORAGE_DIR: mkdtempSync(join(tmpdir(), 'zaffa-media-')), ...extra },
    [accounts.config, vendor.config, event.config, media.config, messaging.config, gatewayConfig, workersConfig],
  );
  // Accounts first: everyone else verifies tokens with the keys it publishes.
  const a = await runSubgraph(accounts, base);
  const env: NodeJS.ProcessEnv = { ...base, ACCOUNTS_JWKS_URL: a.url.replace('/graphql', '/.well-known/jwks.json') };
  const [v, e, m, g] = await Promise.all([
    runSubgraph(vendor, env),
    runSubgraph(event, env),
    runSubgraph(media, env),
    runSubgraph(messaging, env),
  ]);
  const subgraphs: Record<SubgraphName, RunningService> = { accounts: a, vendor: v, event: e, media: m, messaging: g };
  const gateway: RunningGateway = await startGateway(
    loadGatewayConfig({ ...env, ACCOUNTS_URL: a.url, VENDOR_URL: v.url, EVENT_URL: e.url, MEDIA_URL: m.url, MESSAGING_URL: g.url }),
  );
  // After the subgraphs, whose migrations the workers' database connections expect to find applied.
  let workers: RunningWorkers | undefined = options.workers ? await startWorkers(env) : undefined;
  const stopped = new Set<SubgraphName>();
  /** What the gateway sends every subgraph to be answered at all. */
  const gatewayHeaders = { [SUBGRAPH_SECRET_HEADER]: env.SUBGRAPH_SECRET! };

  return {
    env,
    issuer,
    subgraphs,
    gateway,
    /** Sends one GraphQL request to the gateway. */
    async query<T = Record<string, unknown>>(
      query: string,
      variables: Record<string, unknown> = {},
      headers: Record<string, string> = {},
    ): Promise<GraphQLResult<T>> {
      const res = await fetch(gateway.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: JSON.stringify({ query, variables }),
      });
      return { status: res.status, headers: res.headers, body: (await res.json()) as GraphQLResult<T>['body'] };
    },
    /** Sends one GraphQL multipart request (files as the spec's `map` says) to the gateway, as Apollo clients do. */
    async upload<T = Record<string, unknown>>(
      query: string,
      variables: Record<string, unknown>,
      files: Record<string, { bytes: Uint8Array; name: string; type?: string }>,
      headers: Record<string, string> = {},
    ): Promise<GraphQLResult<T>> {
      const form = new FormData();
      const names = Object.keys(files);
      form.append('operations', JSON.stringify({ query, variables }));
      form.append('map', JSON.stringify(Object.fromEntries(names.map((path, i) => [String(i), [`variables.${path}`]]))));
      names.forEach((path, i) => {
        const file = files[path]!;
        form.append(String(i), new Blob([file.bytes], { type: file.type ?? 'application/octet-stream' }), file.name);
      });
      const res = await fetch(gateway.url, { method: 'POST', headers: { 'apollo-require-preflight': 'true', ...headers }, body: form });
      return { status: res.status, headers: res.headers, body: (await res.json()) as GraphQLResult<T>['body'] };
    },
    /** The port of the workers' health and metrics endpoints, while they run. */
    get workersPort(): number | undefined {
      return workers?.port;
    },
    gatewayHeaders,
    /**
     * Sends one GraphQL request straight to a subgraph, past the gateway but with its key (`SUBGRAPH_SECRET`),
     * as the gateway would: what the subgraph itself lets `headers`' viewer see.
     */
    direct(name: SubgraphName, body: { query: string; variables?: Record<string, unknown> }, headers: Record<string, string> = {}) {
      return fetch(subgraphs[name].url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers, ...gatewayHeaders },
        body: JSON.stringify(body),
      });
    },
    /** A graphql-ws client straight to a subgraph, with the gateway's key in its `connection_init` (see `direct`). */
    directSubscriptions(name: SubgraphName, token: string | null) {
      return wsClient(subgraphs[name].url, token, { connectionParams: { [SUBGRAPH_SECRET_PARAM]: env.SUBGRAPH_SECRET } });
    },
    /** The gateway's origin, for downloads. */
    origin: gateway.url.replace(/\/graphql$/, ''),
    /** Starts the workers (again, after `stopWorkers`), with `extra` variables over the stack's. */
    async startWorkers(extra: NodeJS.ProcessEnv = {}) {
      workers = await startWorkers({ ...env, ...extra });
    },
    async stopWorkers() {
      await workers?.close();
      workers = undefined;
    },
    /** Stops one subgraph, as a crash would take it away. */
    async kill(name: SubgraphName) {
      stopped.add(name);
      await subgraphs[name].close();
    },
    /** Starts a killed subgraph again on its port, as a restart would bring it back (with `extra` variables over the stack's). */
    async revive(name: SubgraphName, extra: NodeJS.ProcessEnv = {}) {
      const def = { accounts, vendor, event, media, messaging }[name] as unknown as Parameters<typeof runSubgraph>[0];
      const portVariable = `${name.toUpperCase()}_PORT`;
      subgraphs[name] = await runSubgraph(def, { ...env, ...extra, [portVariable]: String(subgraphs[name].port) });
      stopped.delete(name);
    },
    /**
     * Resolves once no job waits or runs in any queue (scheduled ones aside) and no outbox holds an event still
     * to send; gives up after `timeoutMs`. Queues, then outboxes, then queues again: a job commits its own
     * events before it completes, and the relay queues an event before it marks it sent.
     */
    async drainJobs(timeoutMs = 30_000) {
      const connection = new Redis(env.REDIS_URL ?? 'redis://127.0.0.1:6379', { maxRetriesPerRequest: null });
      const queues = (Object.keys(jobRegistry) as QueueName[]).map((name) => new Queue(name, { connection, prefix: env.QUEUE_PREFIX }));
      const idle = async () => {
        const counts = await Promise.all(queues.map((q) => q.getJobCounts('waiting', 'active', 'prioritized', 'waiting-children')));
        return { idle: counts.every((c) => Object.values(c).every((n) => n === 0)), counts };
      };
      const unsent = async () => {
        let pending = 0;
        for (const name of Object.keys(subgraphs) as SubgraphName[]) {
          if (stopped.has(name)) continue;
          const db = subgraphs[name].deps.db;
          const [table] = (await db.query(`SELECT to_regclass('outbox') IS NOT NULL AS present`)) as { present: boolean }[];
          if (!table!.present) continue;
          const [row] = (await db.query(`SELECT count(*)::int AS n FROM outbox WHERE sent_at IS NULL`)) as { n: number }[];
          pending += row!.n;
        }
        return pending;
      };
      try {
        const deadline = Date.now() + timeoutMs;
        for (;;) {
          const before = await idle();
          if (before.idle && (await unsent()) === 0 && (await idle()).idle) return;
          if (Date.now() > deadline) throw new Error(`jobs still pending after ${timeoutMs} ms: ${JSON.stringify(before.counts)}`);
          await new Promise((r) => setTimeout(r, 50));
        }
      } finally {
        await Promise.all(queues.map((q) => q.close()));
        connection.disconnect();
      }
    },
    async stop() {
      await workers?.close();
      await gateway.stop();
      await Promise.all((Object.keys(subgraphs) as SubgraphName[]).filter((n) => !stopped.has(n)).map((n) => subgraphs[n].close()));
      await removeStackData(env);
      if (!extra.MEDIA_STORAGE_DIR) rmSync(base.MEDIA_STORAGE_DIR!, { recursive: true, force: true });
    },
  };
}

export type Stack = Awaited<ReturnType<typeof startStack>>;

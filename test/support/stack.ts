import { accounts } from '@zaffa/accounts';
import { event } from '@zaffa/event';
import { loadGatewayConfig, startGateway, type RunningGateway } from '@zaffa/gateway';
import { media } from '@zaffa/media';
import { runSubgraph, type RunningService } from '@zaffa/shared';
import { dropTestDatabases, testEnv } from '@zaffa/shared/testing';
import { vendor } from '@zaffa/vendor';
import { startWorkers, type RunningWorkers } from '@zaffa/workers';
import { Queue } from 'bullmq';
import { Redis } from 'ioredis';
import { jobRegistry, type QueueName } from '@zaffa/shared';
import { createTestIssuer } from './issuer.ts';

export type SubgraphName = 'accounts' | 'vendor' | 'event' | 'media';

export interface GraphQLResult<T = Record<string, unknown>> {
  status: number;
  headers: Headers;
  body: { data?: T | null; errors?: { message: string; path?: (string | number)[]; extensions?: Record<string, unknown> }[] };
}

export interface StackOptions {
  /** Also run the BullMQ workers in this process, so queued jobs (search indexing...) happen. */
  workers?: boolean;
}

/** The four subgraphs and the gateway, in this process, on free ports, with databases of their own. */
export async function startStack(extra: NodeJS.ProcessEnv = {}, options: StackOptions = {}) {
  const issuer = await createTestIssuer();
  const base = testEnv({ JWT_PRIVATE_KEY: issuer.privateKeyPem, ...extra });
  // Accounts first: everyone else verifies tokens with the keys it publishes.
  const a = await runSubgraph(accounts, base);
  const env: NodeJS.ProcessEnv = { ...base, ACCOUNTS_JWKS_URL: a.url.replace('/graphql', '/.well-known/jwks.json') };
  const [v, e, m] = await Promise.all([runSubgraph(vendor, env), runSubgraph(event, env), runSubgraph(media, env)]);
  const subgraphs: Record<SubgraphName, RunningService<unknown>> = { accounts: a, vendor: v, event: e, media: m };
  const gateway: RunningGateway = await startGateway(
    loadGatewayConfig({ ...env, ACCOUNTS_URL: a.url, VENDOR_URL: v.url, EVENT_URL: e.url, MEDIA_URL: m.url }),
  );
  // After the subgraphs, whose migrations the workers' database connection expects to find applied.
  const workers: RunningWorkers | null = options.workers ? await startWorkers(env) : null;
  const stopped = new Set<SubgraphName>();

  return {
    env,
    issuer,
    subgraphs,
    gateway,
    workers,
    /** Sends one GraphQL request to the gateway. */
    async query<T = Record<string, unknown>>(query: string, variables: Record<string, unknown> = {}, headers: Record<string, string> = {}): Promise<GraphQLResult<T>> {
      const res = await fetch(gateway.url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify({ query, variables }) });
      return { status: res.status, headers: res.headers, body: (await res.json()) as GraphQLResult<T>['body'] };
    },
    /** Stops one subgraph, as a crash would take it away. */
    async kill(name: SubgraphName) {
      stopped.add(name);
      await subgraphs[name].close();
    },
    /** Resolves once no job waits or runs in any queue (scheduled ones aside); gives up after `timeoutMs`. */
    async drainJobs(timeoutMs = 30_000) {
      const connection = new Redis(env.REDIS_URL ?? 'redis://127.0.0.1:6379', { maxRetriesPerRequest: null });
      const queues = (Object.keys(jobRegistry) as QueueName[]).map((name) => new Queue(name, { connection, prefix: env.QUEUE_PREFIX }));
      try {
        const deadline = Date.now() + timeoutMs;
        for (;;) {
          const counts = await Promise.all(queues.map((q) => q.getJobCounts('waiting', 'active', 'prioritized', 'waiting-children')));
          if (counts.every((c) => Object.values(c).every((n) => n === 0))) return;
          if (Date.now() > deadline) throw new Error(`jobs still pending after ${timeoutMs} ms: ${JSON.stringify(counts)}`);
          await new Promise((r) => setTimeout(r, 50));
        }
      } finally {
        await Promise.all(queues.map((q) => q.close()));
        connection.disconnect();
      }
    },
    async stop() {
      await gateway.stop();
      await workers?.close();
      await Promise.all((Object.keys(subgraphs) as SubgraphName[]).filter((n) => !stopped.has(n)).map((n) => subgraphs[n].close()));
      await dropTestDatabases(env);
    },
  };
}

export type Stack = Awaited<ReturnType<typeof startStack>>;

import { accounts } from '@zaffa/accounts';
import { event } from '@zaffa/event';
import { loadGatewayConfig, startGateway, type RunningGateway } from '@zaffa/gateway';
import { media } from '@zaffa/media';
import { runSubgraph, type RunningService } from '@zaffa/shared';
import { testEnv } from '@zaffa/shared/testing';
import { vendor } from '@zaffa/vendor';
import { startWorkers, type RunningWorkers } from '@zaffa/workers';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startTestIssuer } from './issuer.ts';

export type SubgraphName = 'accounts' | 'vendor' | 'event' | 'media';

export interface GraphQLResult<T = Record<string, unknown>> {
  status: number;
  headers: Headers;
  body: { data?: T | null; errors?: { message: string; path?: (string | number)[]; extensions?: Record<string, unknown> }[] };
}

export interface StackOptions {
  /** Also run the BullMQ workers in this process. */
  workers?: boolean;
}

/**
 * The four subgraphs and the gateway (and, when asked, the workers), in this process, on free ports,
 * with databases of their own and a media store in a fresh temporary folder.
 */
export async function startStack(extra: NodeJS.ProcessEnv = {}, options: StackOptions = {}) {
  const issuer = await startTestIssuer();
  const env = testEnv({ ACCOUNTS_JWKS_URL: issuer.jwksUrl, MEDIA_STORAGE_DIR: mkdtempSync(join(tmpdir(), 'zaffa-media-')), ...extra });
  const [a, v, e, m] = await Promise.all([runSubgraph(accounts, env), runSubgraph(vendor, env), runSubgraph(event, env), runSubgraph(media, env)]);
  const subgraphs: Record<SubgraphName, RunningService> = { accounts: a, vendor: v, event: e, media: m };
  const gateway: RunningGateway = await startGateway(
    loadGatewayConfig({ ...env, ACCOUNTS_URL: a.url, VENDOR_URL: v.url, EVENT_URL: e.url, MEDIA_URL: m.url }),
  );
  const stopped = new Set<SubgraphName>();
  let workers: RunningWorkers | undefined = options.workers ? await startWorkers(env) : undefined;

  return {
    env,
    issuer,
    subgraphs,
    gateway,
    /** Sends one GraphQL request to the gateway. */
    async query<T = Record<string, unknown>>(query: string, variables: Record<string, unknown> = {}, headers: Record<string, string> = {}): Promise<GraphQLResult<T>> {
      const res = await fetch(gateway.url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify({ query, variables }) });
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
    /** The gateway's origin, for downloads. */
    origin: gateway.url.replace(/\/graphql$/, ''),
    /** Starts the workers (again, after `stopWorkers`). */
    async startWorkers() {
      workers = await startWorkers(env);
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
    async stop() {
      await workers?.close();
      await gateway.stop();
      await Promise.all((Object.keys(subgraphs) as SubgraphName[]).filter((n) => !stopped.has(n)).map((n) => subgraphs[n].close()));
      await issuer.close();
    },
  };
}

export type Stack = Awaited<ReturnType<typeof startStack>>;

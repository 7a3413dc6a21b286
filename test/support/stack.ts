import { accounts } from '@zaffa/accounts';
import { event } from '@zaffa/event';
import { loadGatewayConfig, startGateway, type RunningGateway } from '@zaffa/gateway';
import { media } from '@zaffa/media';
import { runSubgraph, type RunningService } from '@zaffa/shared';
import { dropTestDatabases, testEnv } from '@zaffa/shared/testing';
import { vendor } from '@zaffa/vendor';
import { createTestIssuer } from './issuer.ts';

export type SubgraphName = 'accounts' | 'vendor' | 'event' | 'media';

export interface GraphQLResult<T = Record<string, unknown>> {
  status: number;
  headers: Headers;
  body: { data?: T | null; errors?: { message: string; path?: (string | number)[]; extensions?: Record<string, unknown> }[] };
}

/** The four subgraphs and the gateway, in this process, on free ports, with databases of their own. */
export async function startStack(extra: NodeJS.ProcessEnv = {}) {
  const issuer = await createTestIssuer();
  const base = testEnv({ JWT_PRIVATE_KEY: issuer.privateKeyPem, ...extra });
  // Accounts first: everyone else verifies tokens with the keys it publishes.
  const a = await runSubgraph(accounts, base);
  const env = { ...base, ACCOUNTS_JWKS_URL: a.url.replace('/graphql', '/.well-known/jwks.json') };
  const [v, e, m] = await Promise.all([runSubgraph(vendor, env), runSubgraph(event, env), runSubgraph(media, env)]);
  const subgraphs: Record<SubgraphName, RunningService<unknown>> = { accounts: a, vendor: v, event: e, media: m };
  const gateway: RunningGateway = await startGateway(
    loadGatewayConfig({ ...env, ACCOUNTS_URL: a.url, VENDOR_URL: v.url, EVENT_URL: e.url, MEDIA_URL: m.url }),
  );
  const stopped = new Set<SubgraphName>();

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
    /** Stops one subgraph, as a crash would take it away. */
    async kill(name: SubgraphName) {
      stopped.add(name);
      await subgraphs[name].close();
    },
    async stop() {
      await gateway.stop();
      await Promise.all((Object.keys(subgraphs) as SubgraphName[]).filter((n) => !stopped.has(n)).map((n) => subgraphs[n].close()));
      await dropTestDatabases(env);
    },
  };
}

export type Stack = Awaited<ReturnType<typeof startStack>>;

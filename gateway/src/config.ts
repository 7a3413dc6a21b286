import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import {
  defineConfig,
  loadConfig,
  portVariable,
  subgraphSecret,
  storageVariables,
  subgraphSecretVariables,
  uploadLimitVariables,
  uploadReferenceVariables,
  type EnvVar,
} from '@zaffa/shared';

const positiveInt = (fallback: number) => z.coerce.number().int().positive().default(fallback);
const defaultSupergraph = fileURLToPath(new URL('../supergraph.graphql', import.meta.url));

/** The gateway's variables: its port, what it serves, its shields, and the upload limits it shares with media. */
export const gatewayConfig = defineConfig({
  service: 'gateway',
  port: 'GATEWAY_PORT',
  variables: {
    GATEWAY_PORT: portVariable(4000, 'Port of the gateway (`/graphql`, `/healthz`, `/readyz`, `/metrics`).'),
    SUPERGRAPH_PATH: {
      schema: z.string().min(1).optional(),
      description: 'Supergraph SDL the gateway serves (default: `gateway/supergraph.graphql`, built by `npm run compose`).',
    },
    GATEWAY_MAX_BODY_BYTES: {
      schema: positiveInt(256 * 1024),
      description: 'Largest JSON GraphQL request body the gateway reads; larger ones get HTTP 413 `PAYLOAD_TOO_LARGE`.',
    },
    QUERY_MAX_DEPTH: { schema: positiveInt(10), description: 'Deepest selection nesting an operation may have.' },
    QUERY_MAX_ALIASES: { schema: positiveInt(15), description: 'Most aliases in one operation (alias bombs).' },
    QUERY_MAX_TOKENS: { schema: positiveInt(2000), description: 'Most lexical tokens in one operation.' },
    QUERY_MAX_COST: {
      schema: positiveInt(25_000),
      description:
        "Highest estimated cost of one operation (graphql-armor's measure: a page of 100 checklist tasks or guests costs about 10,000).",
    },
    RATE_LIMIT_USER_PER_MINUTE: {
      schema: positiveInt(600),
      description: 'Requests a signed-in user may make per minute, across every gateway instance (kept in Redis).',
    },
    RATE_LIMIT_IP_PER_MINUTE: {
      schema: positiveInt(1200),
      description: 'Requests one IP address may make per minute, across every gateway instance.',
    },
    TRUST_PROXY: {
      schema: z.string().default('false'),
      description:
        'Whose `X-Forwarded-For` names the client (Express `trust proxy`): `false` (the peer is the client), `loopback`, a CIDR list or a hop count. Set it only where a proxy really sits in front: anyone else could pick their own rate-limit address.',
    },
    APQ_TTL_S: {
      schema: positiveInt(24 * 3600),
      description: 'How long a persisted query stays in the Redis cache after its last registration.',
    },
    APQ_MAX_QUERY_BYTES: {
      schema: positiveInt(16 * 1024),
      description:
        'Longest query the persisted-query cache stores; a longer one is answered but never stored, so its client keeps sending it whole.',
    },
    APQ_CACHE_MAX_BYTES: {
      schema: positiveInt(16 * 1024 * 1024),
      description:
        'What the persisted-query cache may hold in Redis in all (query text plus a fixed cost per entry); past it, the oldest registrations are evicted.',
    },
    APQ_REGISTRATIONS_PER_MINUTE: {
      schema: positiveInt(60),
      description: 'Persisted-query registrations one address may make per minute; one more gets HTTP 429 `RATE_LIMITED`.',
    },
    ...storageVariables,
    ...uploadLimitVariables,
    GATEWAY_UPLOAD_CONCURRENCY: {
      schema: positiveInt(16),
      description: 'Uploads the gateway reads at once; the others wait unread, their bytes held back by TCP rather than memory.',
    },
    GATEWAY_UPLOAD_QUEUE: {
      schema: positiveInt(4096),
      description: 'Uploads that may wait for a free slot; past it a newcomer gets HTTP 503 with `Retry-After`.',
    },
    GATEWAY_UPLOAD_WAIT_MS: {
      schema: positiveInt(30_000),
      description:
        'Longest an upload waits for a slot. One that would wait longer, judged from how long uploads take now, gets HTTP 503 with `Retry-After` at once.',
    },
    GATEWAY_UPLOAD_IDLE_MS: {
      schema: positiveInt(15_000),
      description: 'How long a file part may send nothing before the upload is dropped and its slot given to the next one.',
    },
    ...uploadReferenceVariables,
    ...subgraphSecretVariables,
    SUBSCRIPTIONS_PER_CONNECTION: {
      schema: positiveInt(25),
      description: 'Most subscriptions one gateway WebSocket carries at once; one more is refused with `RATE_LIMITED`.',
    },
    SUBSCRIPTION_CONNECTIONS_PER_USER: {
      schema: positiveInt(10),
      description: 'Most subscription connections (WebSocket or SSE) one user holds on one gateway instance; one more is closed with 4429.',
    },
    SUBSCRIPTION_KEEPALIVE_MS: {
      schema: z.coerce.number().int().min(1000).default(12_000),
      description: 'How often the gateway pings each WebSocket; one that does not answer within as long is dropped.',
    },
    SUBSCRIPTION_SEND_BUFFER_BYTES: {
      schema: positiveInt(1024 * 1024),
      description: 'Bytes a WebSocket may have waiting to be sent; a client slower than its events is closed with 4413.',
    },
    SUBSCRIPTION_TOKEN_GRACE_S: {
      schema: z.coerce.number().int().min(0).default(30),
      description:
        'How long a subscription connection outlives its access token before it is closed with 4403 (time to reconnect with a fresh one).',
    },
    GATEWAY_SUBGRAPH_CONNECTIONS: {
      schema: positiveInt(64),
      description: 'Keep-alive connections the gateway holds open to each subgraph; calls beyond them queue for a free one.',
    },
    GATEWAY_DEDUP_QUERIES: {
      schema: z
        .enum(['true', 'false'])
        .default('true')
        .transform((v) => v === 'true'),
      description:
        "Identical queries in flight at once (same operation, variables and caller's authorization) are executed once, and identical subgraph queries share one call; never mutations.",
    },
    GATEWAY_QUERY_PLAN_CACHE_MIB: {
      schema: z.coerce.number().positive().default(30),
      description:
        'Memory for cached query plans, in MiB (approximate); the hit rate is on /metrics as `cache_lookups_total{cache="query_plan"}`.',
    },
  },
  patterns: {
    '<SUBGRAPH>_URL': {
      schema: z.url().optional(),
      description:
        'GraphQL URL the gateway calls for one subgraph of the supergraph, e.g. `ACCOUNTS_URL`, `MEDIA_URL` (default: the URL in the supergraph).',
    },
  },
});

const subgraphUrl: EnvVar = gatewayConfig.patterns!['<SUBGRAPH>_URL']!;

/** The subgraphs a supergraph composes, by the names it gives them. */
const subgraphNames = (sdl: string) => [...sdl.matchAll(/@join__graph\(name: "([^"]+)"/g)].map((m) => m[1]!);

/** The gateway's config, with the supergraph it serves and a URL override (`<SUBGRAPH>_URL`) per subgraph in it. */
export function loadGatewayConfig(env: NodeJS.ProcessEnv = process.env) {
  const config = gatewayConfig.load(env);
  const supergraphSdl = readFileSync(config.SUPERGRAPH_PATH ?? defaultSupergraph, 'utf8');
  const variableOf = (name: string) => `${name.toUpperCase()}_URL`;
  const names = subgraphNames(supergraphSdl);
  const urls = loadConfig(Object.fromEntries(names.map((name) => [variableOf(name), subgraphUrl])), env);
  const subgraphUrls = Object.fromEntries(names.map((name) => [name, urls[variableOf(name)] as string | undefined]));
  // Production without SUBGRAPH_SECRET stops here, naming it.
  return { ...config, supergraphSdl, subgraphUrls, subgraphSecret: subgraphSecret(config) };
}

export type GatewayConfig = ReturnType<typeof loadGatewayConfig>;

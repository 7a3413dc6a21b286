import { z } from 'zod';

/** One environment variable: how it is parsed, what it means, and whether it may be logged. */
export interface EnvVar<T extends z.ZodType = z.ZodType> {
  schema: T;
  description: string;
  sensitive?: boolean;
}

const port = (fallback: number) => z.coerce.number().int().min(0).max(65535).default(fallback);
const url = (fallback: string) => z.url().default(fallback);

/** Every variable any Zaffa service reads. The README's table is generated from this list. */
export const env = {
  NODE_ENV: {
    schema: z.enum(['development', 'test', 'production']).default('development'),
    description: 'Runtime mode; `production` hides introspection and the playground from non-staff.',
  },
  LOG_LEVEL: {
    schema: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
    description: 'Minimum level of the JSON log lines.',
  },
  HOST: {
    schema: z.string().min(1).default('127.0.0.1'),
    description: 'Interface every service binds to (`0.0.0.0` in containers).',
  },
  DATABASE_URL: {
    schema: url('postgres://postgres@127.0.0.1:5432/postgres'),
    description: "Postgres server URL. Its database is only used to create each subgraph's own database.",
    sensitive: true,
  },
  DATABASE_PREFIX: {
    schema: z
      .string()
      .regex(/^[a-z][a-z0-9_]*$/, 'lower-case letters, digits and _')
      .default('zaffa'),
    description: 'Each subgraph owns the database `<prefix>_<subgraph>` on that server, created if missing.',
  },
  REDIS_URL: {
    schema: url('redis://127.0.0.1:6379'),
    description: 'Redis for queues, subscriptions, APQ cache and rate limits.',
    sensitive: true,
  },
  QUEUE_PREFIX: {
    schema: z
      .string()
      .regex(/^[a-zA-Z0-9_-]+$/)
      .default('zaffa'),
    description: 'Prefix of every Redis key (queues, rate limits, persisted queries), so several stacks can share one Redis.',
  },
  GATEWAY_PORT: { schema: port(4000), description: 'Port of the gateway (`/graphql`, `/healthz`, `/readyz`, `/metrics`).' },
  ACCOUNTS_PORT: { schema: port(4001), description: 'Port of the accounts subgraph.' },
  VENDOR_PORT: { schema: port(4002), description: 'Port of the vendor subgraph.' },
  EVENT_PORT: { schema: port(4003), description: 'Port of the event subgraph.' },
  MEDIA_PORT: { schema: port(4004), description: 'Port of the media subgraph.' },
  WORKERS_PORT: { schema: port(4005), description: "Port of the workers' health and metrics endpoints." },
  ACCOUNTS_URL: {
    schema: z.url().optional(),
    description: 'GraphQL URL the gateway calls for accounts (default: the URL in the supergraph).',
  },
  VENDOR_URL: { schema: z.url().optional(), description: 'GraphQL URL the gateway calls for vendor.' },
  EVENT_URL: { schema: z.url().optional(), description: 'GraphQL URL the gateway calls for event.' },
  MEDIA_URL: { schema: z.url().optional(), description: 'GraphQL URL the gateway calls for media.' },
  SUPERGRAPH_PATH: {
    schema: z.string().min(1).optional(),
    description: 'Supergraph SDL the gateway serves (default: `gateway/supergraph.graphql`, built by `npm run compose`).',
  },
  JWT_ISSUER: {
    schema: z.string().min(1).default('zaffa-accounts'),
    description: 'Issuer (`iss`) of access tokens; tokens from any other issuer are refused.',
  },
  JWT_AUDIENCE: {
    schema: z.string().min(1).default('zaffa'),
    description: 'Audience (`aud`) of access tokens; tokens for any other audience are refused.',
  },
  ACCOUNTS_JWKS_URL: {
    schema: url('http://127.0.0.1:4001/.well-known/jwks.json'),
    description: 'Where services fetch the public keys that sign access tokens (served by accounts).',
  },
  JWT_PRIVATE_KEY: {
    schema: z.string().includes('PRIVATE KEY').optional(),
    description:
      'PKCS#8 PEM of the Ed25519 key accounts signs access tokens with. Required in production; elsewhere one is made and kept in the accounts database.',
    sensitive: true,
  },
  ACCESS_TOKEN_TTL_S: {
    schema: z.coerce.number().int().min(30).max(3600).default(900),
    description: 'Lifetime of an access token, in seconds.',
  },
  REFRESH_TOKEN_TTL_S: {
    schema: z.coerce
      .number()
      .int()
      .min(300)
      .default(30 * 24 * 3600),
    description: 'Lifetime of a refresh token, in seconds; each use rotates it.',
  },
  GATEWAY_MAX_BODY_BYTES: {
    schema: z.coerce
      .number()
      .int()
      .positive()
      .default(256 * 1024),
    description: 'Largest JSON GraphQL request body the gateway reads; larger ones get HTTP 413 `PAYLOAD_TOO_LARGE`.',
  },
  QUERY_MAX_DEPTH: {
    schema: z.coerce.number().int().positive().default(10),
    description: 'Deepest selection nesting an operation may have.',
  },
  QUERY_MAX_ALIASES: {
    schema: z.coerce.number().int().positive().default(15),
    description: 'Most aliases in one operation (alias bombs).',
  },
  QUERY_MAX_TOKENS: { schema: z.coerce.number().int().positive().default(2000), description: 'Most lexical tokens in one operation.' },
  QUERY_MAX_COST: { schema: z.coerce.number().int().positive().default(5000), description: 'Highest estimated cost of one operation.' },
  RATE_LIMIT_USER_PER_MINUTE: {
    schema: z.coerce.number().int().positive().default(600),
    description: 'Requests a signed-in user may make per minute, across every gateway instance (kept in Redis).',
  },
  RATE_LIMIT_IP_PER_MINUTE: {
    schema: z.coerce.number().int().positive().default(1200),
    description: 'Requests one IP address may make per minute, across every gateway instance.',
  },
  TRUST_PROXY: {
    schema: z.string().default('loopback'),
    description: 'Whose `X-Forwarded-For` names the client (Express `trust proxy`): `loopback`, a CIDR list, a hop count or `false`.',
  },
  APQ_TTL_S: {
    schema: z.coerce
      .number()
      .int()
      .positive()
      .default(24 * 3600),
    description: 'How long a persisted query stays in the Redis cache after its last registration.',
  },
  SEARCH_RECONCILE_INTERVAL_MS: {
    schema: z.coerce.number().int().min(10_000).default(300_000),
    description: 'How often the workers reindex vendors whose search index row is missing or stale (a lost reindex job).',
  },
  MEDIA_STORAGE_DIR: {
    schema: z.string().min(1).default('.data/media'),
    description: 'Root of the sharded media store (relative paths start at the repository root). Media, workers and the gateway share it.',
  },
  MEDIA_MAX_BYTES: {
    schema: z.coerce
      .number()
      .int()
      .positive()
      .default(15 * 1024 * 1024),
    description: 'Largest accepted upload, in bytes; a longer file is cut off and refused with `PAYLOAD_TOO_LARGE`.',
  },
  MEDIA_MAX_FILES: {
    schema: z.coerce.number().int().positive().default(10),
    description: 'Most files one `uploadMedias` request may carry.',
  },
  GATEWAY_UPLOAD_CONCURRENCY: {
    schema: z.coerce.number().int().positive().default(16),
    description: 'Uploads the gateway reads at once; the others wait unread, their bytes held back by TCP rather than memory.',
  },
  GATEWAY_SUBGRAPH_CONNECTIONS: {
    schema: z.coerce.number().int().positive().default(64),
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
  WORKERS_NICE: {
    schema: z.coerce.number().int().min(0).max(19).default(10),
    description: 'CPU priority of the workers (Unix nice, 0 to 19): image work yields to serving requests on a shared host.',
  },
  MEDIA_MAX_PIXELS: {
    schema: z.coerce.number().int().positive().default(100_000_000),
    description: 'Largest image the workers decode (width × height); a bigger one fails as a likely decompression bomb.',
  },
  MEDIA_UNATTACHED_TTL_HOURS: {
    schema: z.coerce.number().positive().default(24),
    description: 'How long an upload may stay unattached before the cleanup job removes it (and its files, when no one shares them).',
  },
  MEDIA_THREADS: {
    schema: z.coerce.number().int().positive().default(2),
    description: 'Image-processing threads in each workers process.',
  },
  JOB_LOCK_MS: {
    schema: z.coerce.number().int().min(1000).default(30_000),
    description: "How long a worker holds a job without renewing its lock; a crashed worker's jobs run again after this.",
  },
  SEARCH_CACHE_TTL_S: {
    schema: z.coerce.number().int().min(0).default(60),
    description:
      'How long a vendor search answer (ids, facet counts, total) stays in the Redis cache; any catalogue change retires every one at once. 0 turns the cache off.',
  },
  SHUTDOWN_GRACE_MS: {
    schema: z.coerce.number().int().positive().default(10_000),
    description: 'How long a stopping service waits for in-flight work before it closes anyway.',
  },
} satisfies Record<string, EnvVar>;

export type EnvName = keyof typeof env;

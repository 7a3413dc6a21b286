import { z } from 'zod';
import type { Config, EnvVars } from './variable.ts';

const url = (fallback: string) => z.url().default(fallback);

/** What every Zaffa service reads: mode, logs, where Postgres and Redis are, how to stop, how to verify tokens. */
export const baseVariables = {
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
  REDIS_REQUEST_TIMEOUT_MS: {
    schema: z.coerce.number().int().positive().default(500),
    description:
      'Longest a request waits on Redis (rate limits, persisted queries, the sign-in throttle); past it, or while Redis is away, each falls back to a per-process limiter or a cache miss.',
  },
  QUEUE_PREFIX: {
    schema: z
      .string()
      .regex(/^[a-zA-Z0-9_-]+$/)
      .default('zaffa'),
    description: 'Prefix of every Redis key (queues, rate limits, persisted queries), so several stacks can share one Redis.',
  },
  SHUTDOWN_GRACE_MS: {
    schema: z.coerce.number().int().positive().default(10_000),
    description: 'How long a stopping service waits for in-flight work before it closes anyway.',
  },
  OTEL_EXPORTER_OTLP_ENDPOINT: {
    schema: z.url().optional(),
    description:
      "OpenTelemetry collector (OTLP over HTTP, e.g. `http://otel-collector:4318`) that receives every service's traces; unset, nothing is traced.",
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
  JWKS_MAX_AGE_S: {
    schema: z.coerce.number().int().positive().default(600),
    description:
      'How long fetched signing keys are used before they are fetched again; while that fetch fails (accounts away), the last keys fetched stay in use.',
  },
} satisfies EnvVars;

export type BaseVariables = typeof baseVariables;
export type BaseConfig = Config<BaseVariables>;

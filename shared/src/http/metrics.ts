import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import type { DataSource } from 'typeorm';

/** What the strategic dashboard counts by day; each is counted by the one service that makes it happen. */
export type BusinessEvent =
  'sign_up' | 'vendor_published' | 'search' | 'booking_requested' | 'booking_confirmed' | 'message_sent' | 'media_uploaded';

/** The pg pool under a TypeORM data source, which TypeORM does not expose in its types. */
interface PgPool {
  totalCount: number;
  idleCount: number;
  waitingCount: number;
}

/**
 * A service's Prometheus registry with process metrics, and what every service measures: GraphQL
 * operations (duration, errors by code), degraded answers, cache lookups, business events, database pools.
 */
export function createMetrics(service: string, options: { businessEvents?: readonly BusinessEvent[] } = {}) {
  const registry = new Registry();
  registry.setDefaultLabels({ service });
  collectDefaultMetrics({ register: registry });
  const requestDuration = new Histogram({
    name: 'graphql_request_duration_seconds',
    help: 'Time to answer one GraphQL operation, by operation name and outcome.',
    labelNames: ['operation', 'outcome'] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [registry],
  });
  const graphqlErrors = new Counter({
    name: 'graphql_errors_total',
    help: 'Errors in GraphQL answers, by operation name and extensions.code.',
    labelNames: ['operation', 'code'] as const,
    registers: [registry],
  });
  const degradedAnswers = new Counter({
    name: 'degraded_answers_total',
    help: 'Answers given by a slower or partial path because the usual one failed, by feature and reason.',
    labelNames: ['feature', 'reason'] as const,
    registers: [registry],
  });
  const cacheLookups = new Counter({
    name: 'cache_lookups_total',
    help: 'Lookups in a cache of computed answers, by cache and outcome (hit, miss, joined: waited for the same answer being computed, unavailable: Redis did not answer in time).',
    labelNames: ['cache', 'outcome'] as const,
    registers: [registry],
  });
  const businessEvents = new Counter({
    name: 'business_events_total',
    help: 'Things users did that the business counts (sign-ups, vendors published, searches, bookings, messages, uploads), by event.',
    labelNames: ['event'] as const,
    registers: [registry],
  });
  // At zero from the start, so the first event of a process shows in increase() rather than being its baseline.
  for (const event of options.businessEvents ?? []) businessEvents.inc({ event }, 0);

  const pools = new Map<string, PgPool>();
  new Gauge({
    name: 'db_pool_connections',
    help: 'Connections of each database pool: total open, idle, and requests waiting for one.',
    labelNames: ['database', 'state'] as const,
    registers: [registry],
    collect() {
      for (const [database, pool] of pools) {
        this.set({ database, state: 'total' }, pool.totalCount);
        this.set({ database, state: 'idle' }, pool.idleCount);
        this.set({ database, state: 'waiting' }, pool.waitingCount);
      }
    },
  });
  /** Reports the pool of a Postgres data source, under its database's name, on every scrape. */
  const watchPool = (db: DataSource) => {
    const database = String(db.options.database);
    const pool = (db.driver as unknown as { master?: PgPool }).master;
    if (pool) pools.set(database, pool);
  };

  return { registry, requestDuration, graphqlErrors, degradedAnswers, cacheLookups, businessEvents, watchPool };
}

export type Metrics = ReturnType<typeof createMetrics>;

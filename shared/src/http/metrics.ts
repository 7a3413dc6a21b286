import { collectDefaultMetrics, Counter, Histogram, Registry } from 'prom-client';

/** A service's Prometheus registry with process metrics, the GraphQL request-duration histogram, the degraded-answer and cache-lookup counters. */
export function createMetrics(service: string) {
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
  return { registry, requestDuration, degradedAnswers, cacheLookups };
}

export type Metrics = ReturnType<typeof createMetrics>;

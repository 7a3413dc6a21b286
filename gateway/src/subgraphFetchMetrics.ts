import { Histogram } from 'prom-client';
import type { Metrics } from '@zaffa/shared';

/** `gateway_subgraph_fetch_duration_seconds{subgraph,outcome}`: each call from the gateway to a subgraph. */
export const subgraphFetchDuration = (metrics: Metrics) =>
  new Histogram({
    name: 'gateway_subgraph_fetch_duration_seconds',
    help: 'Time of one fetch from the gateway to a subgraph, by subgraph and outcome (ok, error: GraphQL errors in the answer, unavailable: no answer).',
    labelNames: ['subgraph', 'outcome'] as const,
    buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
    registers: [metrics.registry],
  });

export type SubgraphFetchDuration = ReturnType<typeof subgraphFetchDuration>;

import { Counter, Gauge, Histogram } from 'prom-client';
import type { Metrics } from '@zaffa/shared';

/** What the gateway's subscriptions are doing, on its `/metrics`. */
export function subscriptionMetrics({ registry }: Metrics) {
  return {
    openConnections: new Gauge({
      name: 'subscription_connections_open',
      help: 'Open subscription connections, by transport (ws, sse).',
      labelNames: ['transport'] as const,
      registers: [registry],
    }),
    activeSubscriptions: new Gauge({ name: 'subscriptions_active', help: 'Subscriptions being served.', registers: [registry] }),
    eventsDelivered: new Counter({
      name: 'subscription_events_delivered_total',
      help: 'Subscription events sent to clients, by the owning subgraph.',
      labelNames: ['service'] as const,
      registers: [registry],
    }),
    deliveryLag: new Histogram({
      name: 'subscription_delivery_lag_seconds',
      help: 'From an event published (after its commit) to its answer sent to the client, federated fields included.',
      buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
      registers: [registry],
    }),
    closes: new Counter({
      name: 'subscription_connections_closed_total',
      help: 'Subscription connections the gateway closed, by reason.',
      labelNames: ['reason'] as const,
      registers: [registry],
    }),
  };
}

export type SubscriptionMetrics = ReturnType<typeof subscriptionMetrics>;

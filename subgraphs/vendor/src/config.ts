import { z } from 'zod';
import { defineConfig, portVariable, subgraphSecretVariables } from '@zaffa/shared';

/** The vendor subgraph's variables: its port and its search cache. */
export const vendorConfig = defineConfig({
  service: 'vendor',
  port: 'VENDOR_PORT',
  variables: {
    VENDOR_PORT: portVariable(4002, 'Port of the vendor subgraph.'),
    ...subgraphSecretVariables,
    SEARCH_CACHE_TTL_S: {
      schema: z.coerce.number().int().min(0).default(60),
      description:
        'How long a vendor search answer (ids, facet counts, total) stays in the Redis cache; any catalogue change retires every one at once. 0 turns the cache off.',
    },
  },
});

export type VendorSettings = ReturnType<typeof vendorConfig.load>;

/** What the vendor subgraph's jobs read in the workers process. */
export const vendorJobsConfig = defineConfig({
  service: 'workers',
  variables: {
    SEARCH_RECONCILE_INTERVAL_MS: {
      schema: z.coerce.number().int().min(10_000).default(300_000),
      description: 'How often the workers reindex vendors whose search index row is missing or stale (a lost reindex job).',
    },
  },
});

import { z } from 'zod';
import { defineConfig, portVariable } from '@zaffa/shared';

/** The workers process's own variables; each subgraph's jobs bring theirs (`mediaJobsConfig`, `vendorJobsConfig`). */
export const workersConfig = defineConfig({
  service: 'workers',
  port: 'WORKERS_PORT',
  variables: {
    WORKERS_PORT: portVariable(4005, "Port of the workers' health and metrics endpoints."),
    JOB_LOCK_MS: {
      schema: z.coerce.number().int().min(1000).default(30_000),
      description: "How long a worker holds a job without renewing its lock; a crashed worker's jobs run again after this.",
    },
    WORKERS_NICE: {
      schema: z.coerce.number().int().min(0).max(19).default(10),
      description: 'CPU priority of the workers (Unix nice, 0 to 19): image work yields to serving requests on a shared host.',
    },
  },
});

export type WorkersConfig = ReturnType<typeof workersConfig.load>;

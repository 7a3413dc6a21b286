import { z } from 'zod';
import { defineConfig, portVariable, storageVariables } from '@zaffa/shared';

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
    SCHEDULES_CHECK_MS: {
      schema: z.coerce.number().int().min(100).default(60_000),
      description:
        'How often the workers check that Redis still holds the recurring jobs (also checked on each reconnection); lost ones are made again.',
    },
    WORKERS_NICE: {
      schema: z.coerce.number().int().min(0).max(19).default(10),
      description: 'CPU priority of the workers (Unix nice, 0 to 19): image work yields to serving requests on a shared host.',
    },
  },
});

export type WorkersConfig = ReturnType<typeof workersConfig.load>;

/** The backup job's variables (and `npm run backup` / `npm run restore`'s): where sets go, when, how many are kept. */
export const backupConfig = defineConfig({
  service: 'workers (backup)',
  variables: {
    ...storageVariables,
    BACKUP_DIR: {
      schema: z.string().min(1).default('.data/backups'),
      description: 'Where backup sets are written, one folder each (relative paths start at the repository root).',
    },
    BACKUP_CRON: {
      schema: z.string().min(1).default('0 2 * * *'),
      description: 'When the workers take a backup: a cron pattern in `BACKUP_TZ` (default nightly at 02:00); `off` schedules none.',
    },
    BACKUP_TZ: {
      schema: z.string().min(1).default('Africa/Algiers'),
      description: 'Time zone `BACKUP_CRON` is read in.',
    },
    BACKUP_KEEP_DAILY: {
      schema: z.coerce.number().int().min(1).default(7),
      description: 'Backup sets kept: the newest of each of this many most recent days…',
    },
    BACKUP_KEEP_WEEKLY: {
      schema: z.coerce.number().int().min(0).default(4),
      description: '…and the newest of each of this many most recent ISO weeks before them; older sets are removed.',
    },
  },
});

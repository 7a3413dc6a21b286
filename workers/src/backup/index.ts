import { storageRoot, type SubgraphJobs } from '@zaffa/shared';
import { backupConfig } from '../config.ts';
import { resolve } from 'node:path';
import { backupMetrics } from './metrics.ts';
import { pruneBackups } from './retention.ts';
import { takeBackup } from './takeBackup.ts';

export type BackupConfig = ReturnType<typeof backupConfig.load>;
export const loadBackupConfig = (env?: NodeJS.ProcessEnv) => backupConfig.load(env);

/** BACKUP_DIR as an absolute path; relative ones start at the repository root, like the media store's. */
export const backupDirOf = (config: BackupConfig) => resolve(storageRoot(config.BACKUP_DIR));

/** One backup now, then retention: what the scheduled job and `npm run backup` both do. */
export async function backUpAndPrune(config: BackupConfig, log: Parameters<typeof takeBackup>[1]) {
  if (config.MEDIA_STORAGE !== 'disk') {
    throw new Error(
      "backups copy media from MEDIA_STORAGE_DIR only; with MEDIA_STORAGE=s3 rely on the bucket's own versioning or replication",
    );
  }
  const backupDir = backupDirOf(config);
  const summary = await takeBackup(
    { serverUrl: config.DATABASE_URL, databasePrefix: config.DATABASE_PREFIX, mediaRoot: storageRoot(config.MEDIA_STORAGE_DIR), backupDir },
    log,
  );
  const removed = await pruneBackups(backupDir, config.BACKUP_KEEP_DAILY, config.BACKUP_KEEP_WEEKLY);
  if (removed.length > 0) log.info({ removed }, 'old backup sets removed');
  return summary;
}

/**
 * The `backup` queue: a scheduler (BACKUP_CRON in BACKUP_TZ, one for every workers process) queues `backup.run`,
 * which writes a set into BACKUP_DIR. The job changes no subgraph's data, so it is the workers' own.
 */
export const backupJobs: SubgraphJobs = async ({ env, log, jobs, metrics }) => {
  const config = loadBackupConfig(env);
  const failures = backupMetrics(metrics, backupDirOf(config));
  const queue = jobs.queue('backup');
  return {
    schedule: async () => {
      if (config.BACKUP_CRON === 'off') await queue.removeJobScheduler('backup-nightly');
      else
        await queue.upsertJobScheduler(
          'backup-nightly',
          { pattern: config.BACKUP_CRON, tz: config.BACKUP_TZ },
          { name: 'run', data: {}, opts: { attempts: 2 } },
        );
    },
    handlers: {
      backup: {
        run: async () => {
          try {
            const summary = await backUpAndPrune(config, log);
            return { set: summary.name, bytes: summary.addedBytes, ms: summary.durationMs };
          } catch (err) {
            failures.inc();
            log.error({ err, reason: err instanceof Error ? err.message : String(err) }, 'backup failed');
            throw err;
          }
        },
      },
    },
    concurrency: { backup: 1 },
    ready: async () => {},
    close: async () => {},
  };
};

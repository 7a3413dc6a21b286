import { join } from 'node:path';
import { Counter, Gauge } from 'prom-client';
import type { Metrics } from '@zaffa/shared';
import { completeSets, readSummary } from './sets.ts';

/**
 * The newest complete set's figures, read from the backup directory when scraped, so every workers process reports
 * the same whichever took the backup; failures are counted by the process that saw them.
 */
export function backupMetrics(metrics: Metrics, backupDir: string) {
  const latest = async () => {
    const [name] = await completeSets(backupDir);
    return name ? readSummary(join(backupDir, name)) : undefined;
  };
  new Gauge({
    name: 'backup_last_success_timestamp_seconds',
    help: 'When the newest complete backup set finished (Unix time).',
    registers: [metrics.registry],
    async collect() {
      const summary = await latest();
      if (summary) this.set(Date.parse(summary.finishedAt) / 1000);
    },
  });
  new Gauge({
    name: 'backup_last_duration_seconds',
    help: 'How long the newest complete backup set took to write.',
    registers: [metrics.registry],
    async collect() {
      const summary = await latest();
      if (summary) this.set(summary.durationMs / 1000);
    },
  });
  new Gauge({
    name: 'backup_last_size_bytes',
    help: 'Size of the newest backup set, by part: database dumps, media it names, media it copied (new since the set before).',
    labelNames: ['part'] as const,
    registers: [metrics.registry],
    async collect() {
      const summary = await latest();
      if (!summary) return;
      this.set(
        { part: 'databases' },
        summary.databases.reduce((n, d) => n + d.bytes, 0),
      );
      this.set({ part: 'media' }, summary.media.bytes);
      this.set({ part: 'media_copied' }, summary.media.copiedBytes);
    },
  });
  return new Counter({
    name: 'backup_failures_total',
    help: 'Backup runs that failed (each logged with its reason).',
    registers: [metrics.registry],
  });
}

import { readdirSync } from 'node:fs';
import { setPriority } from 'node:os';
import { closeOnSignal, createLogger, exitOnStartupError } from '@zaffa/shared';
import { startWorkers } from './workers.ts';

/**
 * Lowers the CPU priority of every thread of this process. Linux keeps a nice value per thread and new
 * threads take their creator's, so all of today's threads (libuv's pool, where sharp works, among them)
 * are set one by one; elsewhere the process's own priority is what there is.
 */
function yieldCpu(nice: number): void {
  try {
    for (const thread of readdirSync('/proc/self/task')) setPriority(Number(thread), nice);
  } catch {
    setPriority(nice);
  }
}

const log = createLogger('workers');
try {
  const workers = await startWorkers();
  yieldCpu(workers.config.WORKERS_NICE);
  closeOnSignal(log, workers.config.SHUTDOWN_GRACE_MS, [workers.close]);
} catch (err) {
  exitOnStartupError(log, err);
}

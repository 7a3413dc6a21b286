import { setPriority } from 'node:os';
import { closeOnSignal, createLogger, exitOnStartupError, loadConfig } from '@zaffa/shared';
import { startWorkers } from './workers.ts';

const log = createLogger('workers');
try {
  // Linux keeps a nice value per thread and new threads take their creator's: lowered first thing, it
  // covers the image threads and libuv's pool (where sharp works), which do not exist yet.
  setPriority(loadConfig(['WORKERS_NICE']).WORKERS_NICE);
  const workers = await startWorkers();
  closeOnSignal(log, Number(process.env.SHUTDOWN_GRACE_MS ?? 30_000), [workers.close]);
} catch (err) {
  exitOnStartupError(log, err);
}

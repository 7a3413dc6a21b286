import { closeOnSignal, createLogger, exitOnStartupError } from '@zaffa/shared';
import { startWorkers } from './workers.ts';

const log = createLogger('workers');
try {
  const workers = await startWorkers();
  closeOnSignal(log, Number(process.env.SHUTDOWN_GRACE_MS ?? 30_000), [workers.close]);
} catch (err) {
  exitOnStartupError(log, err);
}

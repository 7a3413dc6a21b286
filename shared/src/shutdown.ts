import type { Logger } from 'pino';

export type Closer = () => Promise<unknown>;

/**
 * On SIGTERM or SIGINT runs the closers in order (stop accepting, finish in-flight work, close pools),
 * then exits; if they take longer than `graceMs`, exits anyway with a non-zero code.
 */
export function closeOnSignal(log: Logger, graceMs: number, closers: Closer[]): void {
  let closing = false;
  const close = async (signal: string) => {
    if (closing) return;
    closing = true;
    log.info({ signal }, 'shutting down');
    const timer = setTimeout(() => {
      log.error({ graceMs }, 'shutdown took too long, exiting');
      process.exit(1);
    }, graceMs).unref();
    let code = 0;
    for (const closer of closers) {
      try {
        await closer();
      } catch (err) {
        code = 1;
        log.error({ err }, 'error while closing');
      }
    }
    clearTimeout(timer);
    log.info('stopped');
    process.exit(code);
  };
  process.once('SIGTERM', () => void close('SIGTERM'));
  process.once('SIGINT', () => void close('SIGINT'));
}

/** Logs why a service could not start and exits with code 1. */
export function exitOnStartupError(log: Logger | undefined, err: unknown): never {
  const message = err instanceof Error ? err.message : String(err);
  if (log) log.fatal({ err }, `cannot start: ${message}`);
  else console.error(`cannot start: ${message}`);
  process.exit(1);
}

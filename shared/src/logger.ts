import { AsyncLocalStorage } from 'node:async_hooks';
import { pino, type Logger } from 'pino';

/** What every log line written while serving one request or job carries. */
export interface RequestFields {
  reqId: string;
  operation?: string;
  userId?: string;
}

/** Holds the current request's fields, so code deep in a resolver logs them without passing them around. */
export const requestScope = new AsyncLocalStorage<RequestFields>();

export type { Logger };

/** `level` comes from the validated `LOG_LEVEL`; before a service's config is read, `info`. */
export function createLogger(service: string, level = 'info'): Logger {
  return pino({
    level,
    base: { service },
    timestamp: pino.stdTimeFunctions.isoTime,
    mixin: () => ({ ...requestScope.getStore() }),
    redact: ['req.headers.authorization', 'req.headers.cookie', '*.password', '*.refreshToken'],
  });
}

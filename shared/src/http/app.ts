import express, { type Express, type RequestHandler } from 'express';
import type { Logger } from 'pino';
import { requestScope } from '../logger.ts';
import type { Metrics } from './metrics.ts';
import { REQUEST_ID_HEADER, requestIdFrom } from './requestId.ts';

export interface AppOptions {
  log: Logger;
  metrics: Metrics;
  /** Resolves when the service can do its work (database, Redis...); rejects with the reason otherwise. */
  ready: () => Promise<unknown>;
}

/** An Express app with the endpoints every service has: `/healthz`, `/readyz`, `/metrics`. */
export function createApp({ log, metrics, ready }: AppOptions): Express {
  const app = express();
  app.disable('x-powered-by');
  app.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });
  app.get('/readyz', async (_req, res) => {
    try {
      await withTimeout(ready(), 2000);
      res.json({ status: 'ready' });
    } catch (err) {
      log.warn({ err }, 'not ready');
      res.status(503).json({ status: 'not ready', reason: err instanceof Error ? err.message : String(err) });
    }
  });
  app.get('/metrics', async (_req, res) => {
    res.type(metrics.registry.contentType).send(await metrics.registry.metrics());
  });
  return app;
}

/** Gives every request its id (the client's, or a new one), echoed in the response, before anything can refuse it. */
export const requestIdMiddleware: RequestHandler = (req, res, next) => {
  const reqId = requestIdFrom(req.headers);
  req.headers[REQUEST_ID_HEADER] = reqId;
  res.setHeader(REQUEST_ID_HEADER, reqId);
  next();
};

/**
 * Carries the request id into every log line written while the request is served.
 * Mount it after body parsing, so the scope survives into the handler.
 */
export const requestScopeMiddleware: RequestHandler = (req, _res, next) => {
  requestScope.run({ reqId: String(req.headers[REQUEST_ID_HEADER]) }, next);
};

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

import type { Request, RequestHandler } from 'express';
import type { Redis } from '@zaffa/shared';
import type { GatewayConfig } from '../config.ts';
import { clientAddress, perMinute, spend } from './rateLimit.ts';

/** The request's `extensions`, from a JSON or multipart body or, for GET, the URL (where it is JSON text). */
function extensionsOf(request: Record<string, unknown> | undefined): Record<string, unknown> | undefined {
  const extensions = request?.extensions;
  if (typeof extensions !== 'string') return extensions as Record<string, unknown> | undefined;
  try {
    return JSON.parse(extensions) as Record<string, unknown>;
  } catch {
    return undefined;
  }
}

/** A request that carries both a query and its persisted-query hash asks the gateway to store the query. */
function registers(req: Request): boolean {
  const request = (req.method === 'GET' ? req.query : req.body) as Record<string, unknown> | undefined;
  return typeof request?.query === 'string' && extensionsOf(request)?.persistedQuery !== undefined;
}

/**
 * Persisted-query registrations per address a minute (`APQ_REGISTRATIONS_PER_MINUTE`): a client registers each
 * of its queries once, so a flood of them is someone filling the cache. Over budget: HTTP 429 `RATE_LIMITED`.
 */
export function apqRegistrationLimit(redis: Redis, config: GatewayConfig): RequestHandler {
  const budget = perMinute(redis, config, 'apq', config.APQ_REGISTRATIONS_PER_MINUTE);
  return async (req, res, next) => {
    try {
      if (!registers(req) || (await spend(res, [[budget, clientAddress(req)]]))) next();
    } catch (err) {
      next(err);
    }
  };
}

import type { Request, RequestHandler, Response } from 'express';
import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes } from 'rate-limiter-flexible';
import { ErrorCode, sendError, type Redis } from '@zaffa/shared';
import type { GatewayConfig } from '../config.ts';

/**
 * `points` a minute per key, counted in Redis so every gateway instance shares them. `redis` is a connection
 * with a deadline: while Redis is stalled or away, each process counts on its own with the same budget.
 */
export function perMinute(redis: Redis, config: GatewayConfig, name: string, points: number): RateLimiterRedis {
  return new RateLimiterRedis({
    storeClient: redis,
    keyPrefix: `${config.QUEUE_PREFIX}:rate:${name}`,
    points,
    duration: 60,
    rejectIfRedisNotReady: true,
    insuranceLimiter: new RateLimiterMemory({ keyPrefix: name, points, duration: 60 }),
  });
}

/** Spends one point of each budget in turn; over any: HTTP 429 `RATE_LIMITED` with `Retry-After`. */
export async function spend(res: Response, budgets: [RateLimiterRedis, string][]): Promise<boolean> {
  try {
    for (const [budget, key] of budgets) await budget.consume(key);
    return true;
  } catch (err) {
    if (!(err instanceof RateLimiterRes)) throw err;
    const seconds = Math.max(1, Math.ceil(err.msBeforeNext / 1000));
    res.setHeader('retry-after', String(seconds));
    sendError(res, 429, ErrorCode.RATE_LIMITED, `Too many requests: retry in ${seconds} s`);
    return false;
  }
}

/** The address a budget is kept for: the peer's, or what a trusted proxy says (`TRUST_PROXY`). */
export const clientAddress = (req: Request) => req.ip ?? 'unknown';

/**
 * Per-IP and per-user request budgets. Over budget: HTTP 429 with `Retry-After`.
 * Runs after authentication, so the user is known.
 */
export function rateLimit(redis: Redis, config: GatewayConfig): RequestHandler {
  const perIp = perMinute(redis, config, 'ip', config.RATE_LIMIT_IP_PER_MINUTE);
  const perUser = perMinute(redis, config, 'user', config.RATE_LIMIT_USER_PER_MINUTE);

  return async (req, res, next) => {
    try {
      const viewer = res.locals.viewer as { id: string } | null | undefined;
      const budgets: [RateLimiterRedis, string][] = [[perIp, clientAddress(req)]];
      if (viewer) budgets.push([perUser, viewer.id]);
      if (await spend(res, budgets)) next();
    } catch (err) {
      next(err);
    }
  };
}

import type { RequestHandler } from 'express';
import { RateLimiterRedis, RateLimiterRes } from 'rate-limiter-flexible';
import { ErrorCode, sendError, type Redis } from '@zaffa/shared';
import type { GatewayConfig } from '../config.ts';

/**
 * Per-IP and per-user request budgets, counted in Redis so every gateway instance shares them.
 * Over budget: HTTP 429 with `Retry-After`. Runs after authentication, so the user is known.
 */
export function rateLimit(redis: Redis, config: GatewayConfig): RequestHandler {
  const limiter = (name: string, points: number) =>
    new RateLimiterRedis({ storeClient: redis, keyPrefix: `${config.QUEUE_PREFIX}:rate:${name}`, points, duration: 60 });
  const perIp = limiter('ip', config.RATE_LIMIT_IP_PER_MINUTE);
  const perUser = limiter('user', config.RATE_LIMIT_USER_PER_MINUTE);

  return async (req, res, next) => {
    try {
      const viewer = res.locals.viewer as { id: string } | null;
      await perIp.consume(req.ip ?? 'unknown');
      if (viewer) await perUser.consume(viewer.id);
      next();
    } catch (err) {
      if (!(err instanceof RateLimiterRes)) return next(err);
      const seconds = Math.max(1, Math.ceil(err.msBeforeNext / 1000));
      res.setHeader('retry-after', String(seconds));
      sendError(res, 429, ErrorCode.RATE_LIMITED, `Too many requests: retry in ${seconds} s`);
    }
  };
}

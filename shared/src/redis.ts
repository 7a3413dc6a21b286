import { Redis } from 'ioredis';

export interface RedisOptions {
  /**
   * Fail every command at once while Redis is away, for callers that hold a database transaction around it
   * (the outbox relay) and must not wait with rows locked.
   */
  failFast?: boolean;
  /**
   * For the request path: a command unanswered after this many ms fails, and the connection is dropped and
   * made again, so while Redis is stalled or gone the connection is not `ready` and callers use their
   * fallbacks at once instead of each waiting out the deadline.
   */
  deadlineMs?: number;
}

/**
 * A Redis connection. By default `maxRetriesPerRequest: null`, which BullMQ workers require:
 * a blocked command waits for Redis to come back instead of failing the job.
 */
export function createRedis(url: string, name: string, options: RedisOptions = {}): Redis {
  if (options.failFast) {
    return new Redis(url, { connectionName: name, maxRetriesPerRequest: 0, enableOfflineQueue: false, enableReadyCheck: true });
  }
  if (options.deadlineMs) {
    const redis = new Redis(url, {
      connectionName: name,
      maxRetriesPerRequest: 0,
      commandTimeout: options.deadlineMs,
      socketTimeout: options.deadlineMs,
      enableReadyCheck: true,
    });
    // Every caller has a fallback, and readiness probes report Redis away: its errors need no other listener.
    redis.on('error', () => {});
    return redis;
  }
  return new Redis(url, { connectionName: name, maxRetriesPerRequest: null, enableReadyCheck: true, lazyConnect: false });
}

export type { Redis };

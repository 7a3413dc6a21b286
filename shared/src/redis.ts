import { Redis } from 'ioredis';

/**
 * A Redis connection. `maxRetriesPerRequest: null` is what BullMQ workers require:
 * a blocked command waits for Redis to come back instead of failing the job.
 * `failFast` instead makes every command fail at once while Redis is away, for callers that hold a
 * database transaction around it (the outbox relay) and must not wait with rows locked.
 */
export function createRedis(url: string, name: string, options: { failFast?: boolean } = {}): Redis {
  if (options.failFast) {
    return new Redis(url, { connectionName: name, maxRetriesPerRequest: 0, enableOfflineQueue: false, enableReadyCheck: true });
  }
  return new Redis(url, { connectionName: name, maxRetriesPerRequest: null, enableReadyCheck: true, lazyConnect: false });
}

export type { Redis };

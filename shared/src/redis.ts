import { Redis } from 'ioredis';

/**
 * A Redis connection. `maxRetriesPerRequest: null` is what BullMQ workers require:
 * a blocked command waits for Redis to come back instead of failing the job.
 */
export function createRedis(url: string, name: string): Redis {
  return new Redis(url, { connectionName: name, maxRetriesPerRequest: null, enableReadyCheck: true, lazyConnect: false });
}

export type { Redis };

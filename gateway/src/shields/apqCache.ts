import type { KeyValueCache, KeyValueCacheSetOptions } from '@apollo/utils.keyvaluecache';
import type { Redis } from '@zaffa/shared';

/**
 * Apollo's cache interface over our Redis connection: persisted queries registered at one gateway
 * instance are found by all, and survive restarts.
 */
export class RedisQueryCache implements KeyValueCache<string> {
  readonly #redis: Redis;
  readonly #prefix: string;
  readonly #defaultTtl: number;

  constructor(redis: Redis, prefix: string, defaultTtlSeconds: number) {
    this.#redis = redis;
    this.#prefix = prefix;
    this.#defaultTtl = defaultTtlSeconds;
  }

  async get(key: string): Promise<string | undefined> {
    return (await this.#redis.get(this.#prefix + key)) ?? undefined;
  }

  async set(key: string, value: string, options?: KeyValueCacheSetOptions): Promise<void> {
    await this.#redis.set(this.#prefix + key, value, 'EX', options?.ttl ?? this.#defaultTtl);
  }

  async delete(key: string): Promise<boolean> {
    return (await this.#redis.del(this.#prefix + key)) > 0;
  }
}

import type { KeyValueCache } from '@apollo/utils.keyvaluecache';
import type { Redis } from '@zaffa/shared';

/** What Redis spends on an entry beyond its query text (field, sorted-set member, hash): counted against the cap. */
const ENTRY_OVERHEAD_BYTES = 256;

/**
 * Registers one query and evicts what the cap and the age limit say, atomically.
 * KEYS: queries (hash: hash → query), order (sorted set: hash → registered at, ms), bytes (what the entries cost).
 * ARGV: hash, query, now (ms), cap (bytes), ttl (ms), overhead per entry (bytes).
 */
const registerScript = `
local queries, order, bytes = KEYS[1], KEYS[2], KEYS[3]
local now, cap, ttl, overhead = tonumber(ARGV[3]), tonumber(ARGV[4]), tonumber(ARGV[5]), tonumber(ARGV[6])
local function drop(hash)
  local query = redis.call('HGET', queries, hash)
  if query then
    redis.call('HDEL', queries, hash)
    redis.call('DECRBY', bytes, string.len(query) + overhead)
  end
  redis.call('ZREM', order, hash)
end
for _, hash in ipairs(redis.call('ZRANGEBYSCORE', order, '-inf', now - ttl, 'LIMIT', 0, 100)) do drop(hash) end
if redis.call('HSETNX', queries, ARGV[1], ARGV[2]) == 1 then
  redis.call('INCRBY', bytes, string.len(ARGV[2]) + overhead)
end
redis.call('ZADD', order, now, ARGV[1])
while tonumber(redis.call('GET', bytes) or '0') > cap do
  local oldest = redis.call('ZRANGE', order, 0, 0)[1]
  if not oldest then break end
  drop(oldest)
end
for _, key in ipairs(KEYS) do redis.call('PEXPIRE', key, ttl) end
`;

/** A query registered longer ago than the ttl is not found, even before a registration sweeps it away. */
const lookupScript = `
local at = redis.call('ZSCORE', KEYS[2], ARGV[1])
if not at or tonumber(at) < tonumber(ARGV[2]) then return false end
return redis.call('HGET', KEYS[1], ARGV[1])
`;

export interface QueryCacheLimits {
  /** How long a query stays after its last registration. */
  ttlSeconds: number;
  /** Longer queries are never stored: their clients keep sending them whole. */
  maxQueryBytes: number;
  /** What all entries may cost together; past it, the oldest registrations go first. */
  maxTotalBytes: number;
}

/**
 * Apollo's persisted-query cache over Redis, shared by every gateway instance and bounded: the queues' Redis
 * never evicts (`noeviction`), so this cache evicts its own oldest entries. `redis` is a connection with a
 * deadline: while Redis is stalled or away, a lookup is a miss (the client sends its query whole) and
 * nothing is stored.
 */
export class RedisQueryCache implements KeyValueCache<string> {
  readonly #redis: Redis;
  readonly #keys: [queries: string, order: string, bytes: string];
  readonly #limits: QueryCacheLimits;

  constructor(redis: Redis, prefix: string, limits: QueryCacheLimits) {
    this.#redis = redis;
    this.#keys = [`${prefix}queries`, `${prefix}order`, `${prefix}bytes`];
    this.#limits = limits;
  }

  async get(key: string): Promise<string | undefined> {
    if (this.#redis.status !== 'ready') return undefined;
    const since = Date.now() - this.#limits.ttlSeconds * 1000;
    try {
      const query = await this.#redis.eval(lookupScript, 2, this.#keys[0], this.#keys[1], key, since);
      return typeof query === 'string' ? query : undefined;
    } catch {
      return undefined;
    }
  }

  async set(key: string, value: string): Promise<void> {
    if (Buffer.byteLength(value) > this.#limits.maxQueryBytes || this.#redis.status !== 'ready') return;
    const { maxTotalBytes, ttlSeconds } = this.#limits;
    await this.#redis
      .eval(registerScript, 3, ...this.#keys, key, value, Date.now(), maxTotalBytes, ttlSeconds * 1000, ENTRY_OVERHEAD_BYTES)
      .catch(() => undefined);
  }

  async delete(key: string): Promise<boolean> {
    const [queries, order] = this.#keys;
    const [removed] = await Promise.all([this.#redis.hdel(queries, key), this.#redis.zrem(order, key)]);
    return removed > 0;
  }
}

import type { Redis } from '@zaffa/shared';

/**
 * The catalogue's generation, a counter in Redis: whatever changes what search can find (a vendor or offer
 * change, a reindex, a rebuild) bumps it, and cached search answers are keyed by it, so one bump retires them all.
 */
export function searchGeneration(redis: Redis, prefix: string) {
  const key = `${prefix}:search:generation`;
  return {
    bump: async (): Promise<void> => {
      await redis.incr(key);
    },
    current: async (): Promise<string> => (await redis.get(key)) ?? '0',
  };
}

export type SearchGeneration = ReturnType<typeof searchGeneration>;

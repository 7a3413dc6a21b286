import { baseVariables, createRedis, loadConfig } from '@zaffa/shared';
import { searchGeneration } from '@zaffa/vendor';

/**
 * After a rebuild made outside the workers: bumps the catalogue generation so no cached search answer outlives it.
 * Without Redis there is no cache to retire, so a Redis that does not answer only earns a note.
 */
export async function retireCachedSearches(env: NodeJS.ProcessEnv = process.env): Promise<void> {
  const config = loadConfig(baseVariables, env);
  const redis = createRedis(config.REDIS_URL, 'zaffa-scripts');
  let timer: NodeJS.Timeout | undefined;
  try {
    await Promise.race([
      searchGeneration(redis, config.QUEUE_PREFIX).bump(),
      new Promise((_resolve, reject) => (timer = setTimeout(() => reject(new Error('Redis did not answer in 2 s')), 2000))),
    ]);
  } catch (err) {
    console.error(`cached searches not retired (${err instanceof Error ? err.message : err}); they expire within SEARCH_CACHE_TTL_S`);
  } finally {
    clearTimeout(timer);
    redis.disconnect();
  }
}

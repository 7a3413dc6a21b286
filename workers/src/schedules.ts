import type { Logger, OpenJobs } from '@zaffa/shared';
import type { Redis } from 'ioredis';

export interface KeptSchedules {
  stop: () => void;
}

/**
 * Creates the subgraphs' recurring jobs, and again whenever Redis comes back without them: a Redis restarted
 * without its data keeps no scheduler. A marker key, written once the schedules are in, tells: checked every
 * `checkMs` and at each reconnection, and when it is gone the schedules (idempotent) are made again.
 */
export async function keepSchedules(
  opened: readonly OpenJobs[],
  redis: Redis,
  options: { prefix: string; checkMs: number; log: Logger },
): Promise<KeptSchedules> {
  const marker = `${options.prefix}:workers:schedules`;
  const schedules = opened.flatMap((o) => (o.schedule ? [o.schedule] : []));
  const scheduleAll = async () => {
    for (const schedule of schedules) await schedule();
    await redis.set(marker, new Date().toISOString());
  };
  await scheduleAll();

  let checking = false;
  const check = async () => {
    if (checking) return;
    checking = true;
    try {
      if ((await redis.exists(marker)) === 0) {
        options.log.warn('Redis lost the recurring jobs; scheduling them again');
        await scheduleAll();
      }
    } catch (err) {
      options.log.warn({ err }, 'could not check the recurring jobs');
    } finally {
      checking = false;
    }
  };
  const onReady = () => void check();
  redis.on('ready', onReady);
  const timer = setInterval(onReady, options.checkMs);
  timer.unref();
  return {
    stop: () => {
      clearInterval(timer);
      redis.off('ready', onReady);
    },
  };
}

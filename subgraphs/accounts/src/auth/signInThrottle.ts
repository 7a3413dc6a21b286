import { RateLimiterRedis, RateLimiterRes } from 'rate-limiter-flexible';
import { ErrorCode, ZaffaError, type Redis } from '@zaffa/shared';

/** Failed sign-ins allowed per email address in a quarter of an hour: enough for typos, too few for guessing. */
const FAILURES = 10;
const WINDOW_S = 15 * 60;

/**
 * Counts failed sign-ins per email in Redis, so password guessing against one account is slowed
 * whichever gateway or accounts instance it goes through.
 */
export function createSignInThrottle(redis: Redis, prefix: string) {
  const failures = new RateLimiterRedis({
    storeClient: redis,
    keyPrefix: `${prefix}:signin-failures`,
    points: FAILURES,
    duration: WINDOW_S,
  });
  const refuse = (res: RateLimiterRes) => {
    const seconds = Math.max(1, Math.ceil(res.msBeforeNext / 1000));
    return new ZaffaError(ErrorCode.RATE_LIMITED, `Too many failed sign-ins for this email: retry in ${seconds} s`, {
      retryAfter: seconds,
    });
  };
  return {
    /** Throws RATE_LIMITED when the email has used up its failures. */
    async check(email: string): Promise<void> {
      const state = await failures.get(email);
      if (state && state.consumedPoints >= FAILURES) throw refuse(state);
    },
    async failed(email: string): Promise<void> {
      await failures.consume(email).catch((res: unknown) => {
        if (!(res instanceof RateLimiterRes)) throw res;
      });
    },
    succeeded: (email: string) => failures.delete(email),
  };
}

export type SignInThrottle = ReturnType<typeof createSignInThrottle>;

import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes } from 'rate-limiter-flexible';
import { ErrorCode, ZaffaError, type Redis } from '@zaffa/shared';

/** Sign-ins allowed per email from one address in a quarter of an hour: enough for typos, too few for guessing. */
const PER_EMAIL_AND_ADDRESS = 10;
/** Failed sign-ins one address may make across all emails in that time (credential stuffing). */
const PER_ADDRESS = 100;
const WINDOW_S = 15 * 60;

export interface SignInAttempt {
  email: string;
  address: string;
}

/**
 * Counts sign-in attempts in Redis before the password is checked (one atomic increment each), per
 * email and address together and per address (OWASP's authentication cheat sheet). Keyed by address,
 * a flood from elsewhere cannot lock an owner out of the account from their own address.
 * `redis` is a connection with a deadline (`requestRedis`): while Redis is stalled or away, each process
 * counts on its own, with the same budgets, so sign-in still answers and guessing is still bounded.
 */
export function createSignInThrottle(redis: Redis, prefix: string) {
  const limiter = (name: string, points: number) => {
    const inProcess = new RateLimiterMemory({ keyPrefix: `signin:${name}`, points, duration: WINDOW_S });
    const shared = new RateLimiterRedis({
      storeClient: redis,
      keyPrefix: `${prefix}:signin:${name}`,
      points,
      duration: WINDOW_S,
      rejectIfRedisNotReady: true,
      insuranceLimiter: inProcess,
    });
    // The library's delete goes to Redis even when it is away (and waits out the deadline): pick the store here.
    return { shared, current: () => (redis.status === 'ready' ? shared : inProcess) };
  };
  const perEmailAndAddress = limiter('email-address', PER_EMAIL_AND_ADDRESS);
  const perAddress = limiter('address', PER_ADDRESS);
  const pairKey = (a: SignInAttempt) => `${a.email}|${a.address}`;

  const refuse = (res: RateLimiterRes) => {
    const seconds = Math.max(1, Math.ceil(res.msBeforeNext / 1000));
    return new ZaffaError(ErrorCode.RATE_LIMITED, `Too many sign-in attempts: retry in ${seconds} s`, { retryAfter: seconds });
  };
  const consume = async (limiterOf: RateLimiterRedis, key: string) => {
    try {
      await limiterOf.consume(key);
    } catch (err) {
      throw err instanceof RateLimiterRes ? refuse(err) : err;
    }
  };

  return {
    /** Counts the attempt; throws RATE_LIMITED when its email from this address, or this address, is over budget. */
    async attempt(attempt: SignInAttempt): Promise<void> {
      await consume(perAddress.shared, attempt.address);
      await consume(perEmailAndAddress.shared, pairKey(attempt));
    },
    /** A right password clears its pair's count and gives its address back the attempt. */
    async succeeded(attempt: SignInAttempt): Promise<void> {
      await Promise.all([perEmailAndAddress.current().delete(pairKey(attempt)), perAddress.current().reward(attempt.address, 1)]);
    },
  };
}

export type SignInThrottle = ReturnType<typeof createSignInThrottle>;

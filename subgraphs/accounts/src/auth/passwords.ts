import argon2 from 'argon2';

/** OWASP's argon2id baseline: 19 MiB, 2 passes, 1 lane; about 25 ms here, far more for anyone guessing offline. */
const options = { type: argon2.argon2id, memoryCost: 19 * 1024, timeCost: 2, parallelism: 1 } as const;

export const hashPassword = (password: string): Promise<string> => argon2.hash(password, options);

/** Made once, so a sign-in for an unknown email costs the same time as a wrong password. */
const dummyHash = hashPassword('zaffa-no-such-user');

/** True only when `hash` is present and matches; always spends one verification. */
export async function passwordMatches(hash: string | null, password: string): Promise<boolean> {
  if (!hash) {
    await argon2.verify(await dummyHash, password);
    return false;
  }
  return argon2.verify(hash, password);
}

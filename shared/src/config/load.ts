import type { z } from 'zod';
import { env, type EnvName } from './env.ts';

export type Config<K extends EnvName> = { [P in K]: z.output<(typeof env)[P]['schema']> };

/** Thrown when the environment is wrong; the message names every bad variable. */
export class ConfigError extends Error {
  override name = 'ConfigError';
}

/**
 * Reads and validates the named variables once, at start.
 * Empty strings count as unset so `FOO=` falls back to the default.
 */
export function loadConfig<K extends EnvName>(names: readonly K[], source: NodeJS.ProcessEnv = process.env): Config<K> {
  const out: Record<string, unknown> = {};
  const problems: string[] = [];
  for (const name of names) {
    const raw = source[name];
    const parsed = env[name].schema.safeParse(raw === '' ? undefined : raw);
    if (parsed.success) out[name] = parsed.data;
    else problems.push(`${name}: ${parsed.error.issues.map((i) => i.message).join('; ')}`);
  }
  if (problems.length > 0) {
    throw new ConfigError(`Invalid environment:\n  ${problems.join('\n  ')}`);
  }
  return out as Config<K>;
}

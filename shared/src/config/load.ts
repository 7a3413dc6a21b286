import type { Config, EnvVars } from './variable.ts';

/** Thrown when the environment is wrong; the message names every bad variable. */
export class ConfigError extends Error {
  override name = 'ConfigError';
}

/**
 * Reads and validates the given variables once, at start.
 * Empty strings count as unset so `FOO=` falls back to the default.
 */
export function loadConfig<V extends EnvVars>(variables: V, source: NodeJS.ProcessEnv = process.env): Config<V> {
  const out: Record<string, unknown> = {};
  const problems: string[] = [];
  for (const [name, variable] of Object.entries(variables)) {
    const raw = source[name];
    const parsed = variable.schema.safeParse(raw === '' ? undefined : raw);
    if (parsed.success) out[name] = parsed.data;
    else problems.push(`${name}: ${parsed.error.issues.map((i) => i.message).join('; ')}`);
  }
  if (problems.length > 0) {
    throw new ConfigError(`Invalid environment:\n  ${problems.join('\n  ')}`);
  }
  return out as Config<V>;
}

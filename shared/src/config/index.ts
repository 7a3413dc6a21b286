export { env, type EnvVar, type EnvName } from './env.ts';
export { loadConfig, ConfigError, type Config } from './load.ts';
export { referenceSecret } from './referenceSecret.ts';

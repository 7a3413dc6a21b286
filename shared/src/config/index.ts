export { portVariable, type EnvVar, type EnvVars, type Config } from './variable.ts';
export { baseVariables, type BaseVariables, type BaseConfig } from './base.ts';
export { loadConfig, ConfigError } from './load.ts';
export { defineConfig, portOf, type ServiceConfig, type ServiceConfigSpec } from './service.ts';
export { storageVariables, uploadLimitVariables, uploadReferenceVariables } from './uploads.ts';
export { referenceSecret } from './referenceSecret.ts';
export { subgraphSecretVariables, subgraphSecret } from './subgraphSecret.ts';

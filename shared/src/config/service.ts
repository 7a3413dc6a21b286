import { baseVariables, type BaseConfig, type BaseVariables } from './base.ts';
import { loadConfig } from './load.ts';
import type { Config, EnvVars } from './variable.ts';

/** One service's configuration: its own variables on top of the kernel's base, read and checked once at start. */
export interface ServiceConfig<T extends BaseConfig = BaseConfig> {
  /** Who reads these variables; the README's table marks each variable with the services that read it. */
  readonly service: string;
  /** The service's own variables; `baseVariables` come with them. */
  readonly variables: EnvVars;
  /** Which of them is the port the service listens on. */
  readonly port?: string;
  /** Variables named after something only known at start (`<SUBGRAPH>_URL`), read by the service's own loader. */
  readonly patterns?: EnvVars;
  /** Reads and validates the base and own variables from `env` (the process's environment by default). */
  load(env?: NodeJS.ProcessEnv): T;
}

export interface ServiceConfigSpec<V extends EnvVars, T> {
  service: string;
  variables: V;
  port?: keyof V & string;
  patterns?: EnvVars;
  /** Runs on the parsed values: checks across variables, or values made from them (a storage, a limit). */
  finish?: (config: Config<BaseVariables & V>) => T;
}

/** Declares a service's variables (each with a default and a description); `npm run docs:env` lists them in the README. */
export function defineConfig<V extends EnvVars, T extends BaseConfig = Config<BaseVariables & V>>(
  spec: ServiceConfigSpec<V, T>,
): ServiceConfig<T> {
  const variables = { ...baseVariables, ...spec.variables };
  return {
    service: spec.service,
    variables: spec.variables,
    port: spec.port,
    patterns: spec.patterns,
    load: (env = process.env) => {
      const config = loadConfig(variables, env);
      return spec.finish ? spec.finish(config) : (config as unknown as T);
    },
  };
}

/** The port a service's config says it listens on. */
export function portOf(service: ServiceConfig, config: BaseConfig): number {
  if (!service.port) throw new Error(`${service.service} declares no port variable`);
  return (config as unknown as Record<string, number>)[service.port]!;
}

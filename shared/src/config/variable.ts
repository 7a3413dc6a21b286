import { z } from 'zod';

/** One environment variable: how it is parsed, what it means, and whether it may be logged. */
export interface EnvVar<T extends z.ZodType = z.ZodType> {
  schema: T;
  description: string;
  sensitive?: boolean;
}

export type EnvVars = Record<string, EnvVar>;

/** The values a set of variables gives once parsed. */
export type Config<V extends EnvVars> = { [K in keyof V]: z.output<V[K]['schema']> };

/** A TCP port a service listens on; 0 picks a free one. */
export const portVariable = (fallback: number, description: string): EnvVar<z.ZodDefault<z.ZodCoercedNumber>> => ({
  schema: z.coerce.number().int().min(0).max(65535).default(fallback),
  description,
});

import { z } from 'zod';
import { ConfigError } from './load.ts';
import type { EnvVars } from './variable.ts';

/** The key that tells a subgraph a call comes from the gateway, declared once for the gateway and every subgraph. */
export const subgraphSecretVariables = {
  SUBGRAPH_SECRET: {
    schema: z.string().min(32).optional(),
    description:
      'Key (32 characters or more) the gateway sends on every subgraph call; a subgraph refuses GraphQL over HTTP and WebSocket without it. Required in production; `npm start` and the tests generate one, elsewhere a fixed development key.',
    sensitive: true,
  },
} satisfies EnvVars;

/** Known to anyone reading the code: lets services started one by one on a laptop talk, refused in production. */
const developmentSecret = 'zaffa-development-subgraph-secret-not-for-production';

/** `SUBGRAPH_SECRET`, which the gateway and the subgraphs must share; production has to set it. */
export function subgraphSecret(config: { NODE_ENV: string; SUBGRAPH_SECRET?: string | undefined }): string {
  if (config.SUBGRAPH_SECRET) return config.SUBGRAPH_SECRET;
  if (config.NODE_ENV === 'production') throw new ConfigError('Invalid environment:\n  SUBGRAPH_SECRET: required in production');
  return developmentSecret;
}

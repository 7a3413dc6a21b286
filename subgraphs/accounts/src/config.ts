import { z } from 'zod';
import { ConfigError, defineConfig, portVariable, subgraphSecretVariables } from '@zaffa/shared';

/** The accounts subgraph's variables: its port, and how it signs tokens. */
export const accountsConfig = defineConfig({
  service: 'accounts',
  port: 'ACCOUNTS_PORT',
  variables: {
    ACCOUNTS_PORT: portVariable(4001, 'Port of the accounts subgraph.'),
    ...subgraphSecretVariables,
    JWT_PRIVATE_KEY: {
      schema: z.string().includes('PRIVATE KEY').optional(),
      description:
        'PKCS#8 PEM of the Ed25519 key accounts signs access tokens with. Required in production; elsewhere one is made and kept in the accounts database.',
      sensitive: true,
    },
    ACCESS_TOKEN_TTL_S: {
      schema: z.coerce.number().int().min(30).max(3600).default(900),
      description: 'Lifetime of an access token, in seconds.',
    },
    REFRESH_TOKEN_TTL_S: {
      schema: z.coerce
        .number()
        .int()
        .min(300)
        .default(30 * 24 * 3600),
      description: 'Lifetime of a refresh token, in seconds; each use rotates it.',
    },
  },
  finish: (config) => {
    if (config.NODE_ENV === 'production' && !config.JWT_PRIVATE_KEY)
      throw new ConfigError('Invalid environment:\n  JWT_PRIVATE_KEY: required in production');
    return config;
  },
});

export type AccountsSettings = ReturnType<typeof accountsConfig.load>;

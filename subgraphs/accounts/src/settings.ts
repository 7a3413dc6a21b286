import { loadConfig } from '@zaffa/shared';

export const accountsVariables = [
  'NODE_ENV',
  'JWT_PRIVATE_KEY',
  'JWT_ISSUER',
  'JWT_AUDIENCE',
  'ACCESS_TOKEN_TTL_S',
  'REFRESH_TOKEN_TTL_S',
  'QUEUE_PREFIX',
] as const;

export const loadAccountsSettings = (env: NodeJS.ProcessEnv) => {
  const config = loadConfig(accountsVariables, env);
  if (config.NODE_ENV === 'production' && !config.JWT_PRIVATE_KEY)
    throw new Error('Invalid environment:\n  JWT_PRIVATE_KEY: required in production');
  return config;
};

export type AccountsSettings = ReturnType<typeof loadAccountsSettings>;

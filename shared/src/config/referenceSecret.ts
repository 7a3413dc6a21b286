import { ConfigError } from './load.ts';

/** Known to anyone reading the code: good enough for a laptop, refused in production. */
const developmentSecret = 'zaffa-development-reference-secret-not-for-production';

/** `MEDIA_REFERENCE_SECRET`, which the gateway and media must share; production has to set it. */
export function referenceSecret(config: { NODE_ENV: string; MEDIA_REFERENCE_SECRET?: string | undefined }): string {
  if (config.MEDIA_REFERENCE_SECRET) return config.MEDIA_REFERENCE_SECRET;
  if (config.NODE_ENV === 'production') throw new ConfigError('Invalid environment:\n  MEDIA_REFERENCE_SECRET: required in production');
  return developmentSecret;
}

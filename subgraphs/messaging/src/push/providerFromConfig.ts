import { ConfigError, type Logger } from '@zaffa/shared';
import { fcmPushProvider, serviceAccountSchema } from './fcmProvider.ts';
import { logPushProvider } from './logProvider.ts';
import type { PushProvider } from './provider.ts';

/** FCM when a service account is configured (or asked for), the log otherwise. */
export function pushProviderFromConfig(
  config: { PUSH_PROVIDER?: 'log' | 'fcm'; FCM_SERVICE_ACCOUNT?: string; FCM_API_URL: string },
  log: Logger,
): PushProvider {
  const kind = config.PUSH_PROVIDER ?? (config.FCM_SERVICE_ACCOUNT ? 'fcm' : 'log');
  if (kind === 'log') return logPushProvider(log);
  if (!config.FCM_SERVICE_ACCOUNT) throw new ConfigError('Invalid environment:\n  FCM_SERVICE_ACCOUNT: required when PUSH_PROVIDER is fcm');
  let json: unknown;
  try {
    json = JSON.parse(config.FCM_SERVICE_ACCOUNT);
  } catch {
    throw new ConfigError('Invalid environment:\n  FCM_SERVICE_ACCOUNT: not JSON (paste the key file itself)');
  }
  const account = serviceAccountSchema.safeParse(json);
  if (!account.success) {
    throw new ConfigError(
      `Invalid environment:\n  FCM_SERVICE_ACCOUNT: ${account.error.issues.map((i) => `${i.path.join('.')} ${i.message}`).join('; ')}`,
    );
  }
  return fcmPushProvider({ account: account.data, apiUrl: config.FCM_API_URL });
}

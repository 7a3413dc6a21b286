import type { Logger } from '@zaffa/shared';
import type { PushMessage, PushOutcome, PushProvider, PushTarget } from './provider.ts';

/** Writes each push to the log instead of sending it: the default where no push service is configured. */
export function logPushProvider(log: Logger): PushProvider {
  return {
    name: 'log',
    send: async (target: PushTarget, message: PushMessage): Promise<PushOutcome> => {
      log.info(
        { platform: target.platform, token: `${target.token.slice(0, 8)}…`, title: message.title, data: message.data },
        'push (log)',
      );
      return { outcome: 'SENT' };
    },
  };
}

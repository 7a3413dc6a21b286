import { EventBus, openDatabase, startOwnOutboxRelay, type SubgraphJobs } from '@zaffa/shared';
import { messagingJobsConfig } from '../config.ts';
import { migrations } from '../migrations/index.ts';
import { publishRelayed } from '../subscriptions/publishRelayed.ts';
import { pushProviderFromConfig } from '../push/providerFromConfig.ts';
import { deliverPush } from './deliverPush.ts';
import { notifyBooking } from './notifyBooking.ts';
import { notifyMessage } from './notifyMessage.ts';
import { notifyReminder } from './notifyReminder.ts';
import { notifyReview } from './notifyReview.ts';
import { computeResponseStats } from './responseStats.ts';
import { applyVendorChanged } from './vendorOwners.ts';

/**
 * The messaging subgraph's queue, `messaging`: domain events from every subgraph become notifications, each
 * notification a push delivery; vendors' response figures are recomputed on a schedule. These jobs write
 * events of their own (push deliveries, response figures), so this process relays the messaging outbox too.
 */
export const messagingJobs: SubgraphJobs = async ({ env, log, jobs, redis, queuePrefix }) => {
  const config = messagingJobsConfig.load(env);
  const push = pushProviderFromConfig(config, log);
  const db = await openDatabase({
    serverUrl: config.DATABASE_URL,
    name: `${config.DATABASE_PREFIX}_messaging`,
    entities: [],
    migrations,
    log,
    poolSize: 6,
  });
  // Whichever relay sends an event announces it to subscribers: this one as well as the subgraph's.
  const relay = startOwnOutboxRelay(config.REDIS_URL, 'zaffa-workers-messaging-outbox', {
    db,
    prefix: queuePrefix,
    log,
    onRelayed: publishRelayed(db, new EventBus(redis, queuePrefix)),
  });
  log.info({ provider: push.name }, 'push provider');
  return {
    handlers: {
      messaging: {
        vendorChanged: applyVendorChanged(db),
        messageSent: notifyMessage(db, config.MESSAGE_NOTIFY_AFTER_READ_S),
        bookingChanged: notifyBooking(db),
        reminderDue: notifyReminder(db),
        reviewReceived: notifyReview(db),
        deliverPush: deliverPush(db, push, log),
        computeResponseStats: computeResponseStats(db),
      },
    },
    schedule: async () => {
      await jobs
        .queue('messaging')
        .upsertJobScheduler(
          'messaging-response-stats',
          { every: config.RESPONSE_STATS_INTERVAL_MS },
          { name: 'computeResponseStats', data: {} },
        );
    },
    concurrency: { messaging: 8 },
    ready: () => db.query('SELECT 1'),
    close: async () => {
      await relay.stop();
      await db.destroy();
    },
  };
};

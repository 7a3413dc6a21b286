import type { Logger } from '@zaffa/shared';
import type { DataSource } from 'typeorm';
import { PushUnavailable, type PushProvider } from '../push/provider.ts';
import type { DeviceRow, NotificationRow } from '../rows.ts';

/**
 * Sends a notification to each of its user's devices not tried yet, and records how each went: a redelivered
 * or retried job sends nothing twice. Dead tokens are removed. When the provider cannot send now, the job
 * fails after the others, and its retry tries only those devices again.
 */
export function deliverPush(db: DataSource, provider: PushProvider, log: Logger) {
  return async ({ notificationId }: { notificationId: string }) => {
    const [notification] = (await db.query(`SELECT * FROM notifications WHERE id = $1`, [notificationId])) as NotificationRow[];
    if (!notification) return { sent: 0, devices: 0 };
    const devices = (await db.query(
      `SELECT d.* FROM devices d WHERE d.user_id = $1
          AND NOT EXISTS (SELECT 1 FROM push_attempts a WHERE a.notification_id = $2 AND a.device_id = d.id)`,
      [notification.user_id, notificationId],
    )) as DeviceRow[];
    const message = {
      title: notification.title,
      body: notification.body,
      data: { notificationId, kind: notification.kind, ...(notification.link ? { link: notification.link } : {}) },
    };
    let sent = 0;
    let unavailable: PushUnavailable | null = null;
    for (const device of devices) {
      let outcome;
      try {
        outcome = await provider.send({ token: device.token, platform: device.platform }, message);
      } catch (err) {
        if (!(err instanceof PushUnavailable)) throw err;
        unavailable = err;
        continue;
      }
      await db.query(
        `INSERT INTO push_attempts (notification_id, device_id, outcome, detail) VALUES ($1, $2, $3, $4) ON CONFLICT DO NOTHING`,
        [notificationId, device.id, outcome.outcome, outcome.outcome === 'SENT' ? (outcome.id ?? null) : outcome.detail],
      );
      if (outcome.outcome === 'SENT') sent++;
      if (outcome.outcome === 'UNREGISTERED') {
        await db.query(`DELETE FROM devices WHERE id = $1 AND token = $2`, [device.id, device.token]);
        log.info({ deviceId: device.id, detail: outcome.detail }, 'push token unregistered; device removed');
      }
      if (outcome.outcome === 'REJECTED') log.warn({ deviceId: device.id, detail: outcome.detail }, 'push refused');
    }
    if (unavailable) throw unavailable;
    return { sent, devices: devices.length };
  };
}

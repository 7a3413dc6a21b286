import type { DataSource } from 'typeorm';
import { registerDeviceInput, unregisterDeviceInput } from './inputs.ts';
import { parseInput } from '@zaffa/shared';
import type { DeviceRow } from './rows.ts';

/** A phone's push token now belongs to the viewer: a phone changing hands stops receiving the old user's pushes. */
export async function registerDevice(db: DataSource, userId: string, raw: unknown): Promise<DeviceRow> {
  const input = parseInput(registerDeviceInput, raw);
  const [row] = (await db.query(
    `INSERT INTO devices (user_id, token, platform) VALUES ($1, $2, $3)
     ON CONFLICT (token) DO UPDATE SET user_id = EXCLUDED.user_id, platform = EXCLUDED.platform RETURNING *`,
    [userId, input.token, input.platform],
  )) as DeviceRow[];
  return row!;
}

/** Removes the viewer's own device with that token; someone else's token is left alone. */
export async function unregisterDevice(db: DataSource, userId: string, raw: unknown): Promise<boolean> {
  const input = parseInput(unregisterDeviceInput, raw);
  const [, affected] = (await db.query(`DELETE FROM devices WHERE user_id = $1 AND token = $2`, [userId, input.token])) as [
    unknown,
    number,
  ];
  return affected > 0;
}

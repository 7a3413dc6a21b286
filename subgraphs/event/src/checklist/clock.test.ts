import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ConfigError } from '@zaffa/shared';
import { eventConfig, eventJobsConfig } from '../config.ts';
import { onMachineClock, reminderNow } from './clock.ts';

describe("the reminders' clock", () => {
  it('runs REMINDER_CLOCK_OFFSET_MS ahead of the machine, and maps a reminder back onto the machine clock', () => {
    const settings = eventConfig.load({ REMINDER_CLOCK_OFFSET_MS: String(86_400_000) });
    const before = Date.now();
    const now = reminderNow(settings).getTime();
    assert.ok(now >= before + 86_400_000 && now <= Date.now() + 86_400_000);
    assert.equal(onMachineClock(settings, new Date('2028-01-10T08:00:00Z')).toISOString(), '2028-01-09T08:00:00.000Z');
    assert.equal(eventConfig.load({}).REMINDER_DAYS_BEFORE, 7);
  });

  it('is refused shifted in production, by the subgraph and by the workers', () => {
    for (const config of [eventConfig, eventJobsConfig]) {
      assert.throws(
        () => config.load({ NODE_ENV: 'production', REMINDER_CLOCK_OFFSET_MS: '1000' }),
        (err: unknown) => err instanceof ConfigError && /REMINDER_CLOCK_OFFSET_MS/.test(err.message),
      );
      assert.equal(config.load({ NODE_ENV: 'production' }).REMINDER_CLOCK_OFFSET_MS, 0);
    }
  });
});

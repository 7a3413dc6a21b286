import type { ReminderSettings } from '../config.ts';

/** The time as reminders read it: the machine's, shifted by `REMINDER_CLOCK_OFFSET_MS` (0 but in tests). */
export const reminderNow = (settings: ReminderSettings): Date => new Date(Date.now() + settings.REMINDER_CLOCK_OFFSET_MS);

/** A reminder's instant on the machine's clock, which BullMQ's delays and the outbox's `notBefore` count in. */
export const onMachineClock = (settings: ReminderSettings, at: Date): Date => new Date(at.getTime() - settings.REMINDER_CLOCK_OFFSET_MS);

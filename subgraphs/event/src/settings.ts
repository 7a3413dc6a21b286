import { loadConfig } from '@zaffa/shared';

export const eventVariables = [
  'BOOKING_INQUIRY_TTL_S',
  'BOOKING_QUOTE_TTL_S',
  'BOOKING_HOLD_DAY_S',
  'BOOKING_COMPLETE_AFTER_S',
  'BOOKING_TIMER_GRACE_MS',
] as const;

export const loadEventSettings = (env: NodeJS.ProcessEnv) => loadConfig(eventVariables, env);

export type EventSettings = ReturnType<typeof loadEventSettings>;

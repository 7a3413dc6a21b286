import type { JobHandlers } from '@zaffa/shared';
import type { WorkerDeps } from './deps.ts';

/** One handler for every job in the registry; `startConsumers` refuses to boot otherwise. */
export function createHandlers(_deps: WorkerDeps): JobHandlers {
  return {};
}

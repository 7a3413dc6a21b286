import type { Express } from 'express';
import type { Logger, Redis, TokenVerifier } from '@zaffa/shared';
import { mountPlayground } from './playgroundPage.ts';
import { mountQueueBoard } from './queueBoard.ts';
import { mountStaffSession } from './staffSession.ts';

export interface StaffToolsOptions {
  production: boolean;
  log: Logger;
  verify: TokenVerifier;
  redis: Redis;
  queuePrefix: string;
}

/** What staff use in a browser: the playground at `GET /graphql`, its sign-in cookie, and the queue board. Returns a closer. */
export function mountStaffTools(app: Express, options: StaffToolsOptions): () => Promise<void> {
  mountPlayground(app, options);
  mountStaffSession(app, options.verify, options);
  return mountQueueBoard(app, options);
}

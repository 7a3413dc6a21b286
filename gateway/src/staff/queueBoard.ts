import { createBullBoard } from '@bull-board/api';
import { BullMQAdapter } from '@bull-board/api/bullMQAdapter';
import { ExpressAdapter } from '@bull-board/express';
import type { Express } from 'express';
import { JobProducer, jobRegistry, type QueueName, type Redis, type TokenVerifier } from '@zaffa/shared';
import { staffOnly } from './staffViewer.ts';

export const queueBoardPath = '/admin/queues';

/** bull-board over every queue of the registry, for staff only: failed jobs with their error, retry, remove. */
export function mountQueueBoard(app: Express, options: { verify: TokenVerifier; redis: Redis; queuePrefix: string }): () => Promise<void> {
  const queues = new JobProducer(options.redis, options.queuePrefix);
  const serverAdapter = new ExpressAdapter();
  serverAdapter.setBasePath(queueBoardPath);
  createBullBoard({
    queues: (Object.keys(jobRegistry) as QueueName[]).map((name) => new BullMQAdapter(queues.queue(name))),
    serverAdapter,
    options: { uiConfig: { boardTitle: 'Zaffa queues' } },
  });
  app.use(queueBoardPath, staffOnly(options.verify), serverAdapter.getRouter());
  return () => queues.close();
}

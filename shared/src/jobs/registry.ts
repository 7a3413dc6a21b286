import { z } from 'zod';

/**
 * Every queue and every job the system knows, with its payload. Producers and workers both read this,
 * so a job cannot be queued with the wrong shape or left without a handler.
 */
export const jobRegistry = {
  search: {
    /** Brings one vendor's row of the search index up to date: written, rewritten or removed. */
    reindexVendor: z.object({ vendorId: z.uuid() }),
    /** Builds the whole search index afresh beside the live one and swaps it in. */
    rebuildIndex: z.object({}),
    /** Reindexes every vendor whose index row is missing or older than the vendor (a lost job, a change during a rebuild). */
    reconcileIndex: z.object({}),
  },
  vendor: {
    /** A vendor's review average changed (sent by the event subgraph); the vendor keeps a copy to filter and sort on. */
    ratingChanged: z.object({
      vendorId: z.uuid(),
      rating: z.number().min(1).max(5).nullable(),
      reviewCount: z.number().int().min(0),
      /** When the event subgraph computed it: an older figure arriving late never overwrites a newer one. */
      observedAt: z.iso.datetime({ offset: true }),
    }),
  },
  media: {
    /** Fingerprint, shard, strip, resize one upload; its id is `<mediaId>-process`. */
    process: z.object({ mediaId: z.uuid() }),
    /** Scheduled: removes uploads left unattached past their time, and their files when unshared. */
    expire: z.object({}),
    /** Scheduled: queues again the uploads still pending long after they arrived. */
    reconcile: z.object({}),
  },
} as const satisfies Record<string, Record<string, z.ZodType>>;

export type QueueName = keyof typeof jobRegistry;
export type JobName<Q extends QueueName> = keyof (typeof jobRegistry)[Q] & string;
export type JobPayload<Q extends QueueName, J extends JobName<Q>> = z.output<(typeof jobRegistry)[Q][J]>;

/** What travels with every job besides its payload: the request that caused it, for the logs. */
export interface JobEnvelope {
  reqId?: string;
  /** The W3C trace context of the span that queued it, so the job's span continues that trace. */
  trace?: Record<string, string>;
}

/** Default options for every job: a few tries with backoff, finished jobs dropped, failed ones kept to inspect. */
export const defaultJobOptions = {
  attempts: 5,
  backoff: { type: 'exponential', delay: 1000 },
  removeOnComplete: true,
  removeOnFail: { age: 7 * 24 * 3600 },
} as const;

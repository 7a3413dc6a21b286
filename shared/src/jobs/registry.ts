import { z } from 'zod';

const slotStatus = z.enum(['FREE', 'HELD', 'BOOKED', 'CLOSED']);

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
    /** A vendor's responsiveness (from messaging); kept for search filters, like the rating. */
    responseStatsChanged: z.object({
      vendorId: z.uuid(),
      medianReplySeconds: z.number().int().nonnegative().nullable(),
      replyRate: z.number().min(0).max(1).nullable(),
      observedAt: z.iso.datetime({ offset: true }),
    }),
    /** Scheduled: sends the event subgraph the booking terms of vendors changed since they were last sent (a lost job). */
    reconcileTerms: z.object({}),
    /** A vendor's review average changed (sent by the event subgraph); the vendor keeps a copy to filter and sort on. */
    ratingChanged: z.object({
      vendorId: z.uuid(),
      rating: z.number().min(1).max(5).nullable(),
      reviewCount: z.number().int().min(0),
      /** When the event subgraph computed it: an older figure arriving late never overwrites a newer one. */
      observedAt: z.iso.datetime({ offset: true }),
    }),
    /** A vendor's day changed in the event subgraph (a hold, a booking, a closure); search keeps a copy for `availableOn`. */
    availabilityChanged: z.object({
      vendorId: z.uuid(),
      date: z.iso.date(),
      afternoon: slotStatus,
      evening: slotStatus,
      /** When the event subgraph read the day: a late, older reading never overwrites a newer one. */
      observedAt: z.iso.datetime({ offset: true }),
    }),
  },
  event: {
    /** What the event subgraph needs of a vendor to take bookings (sent by vendor on every change): owner, capacity, offers. */
    vendorTermsChanged: z.object({
      vendorId: z.uuid(),
      ownerId: z.uuid(),
      status: z.enum(['DRAFT', 'PUBLISHED', 'SUSPENDED']),
      /** Halls rent each slot once; other vendors take `dailyCapacity` events a day. */
      isHall: z.boolean(),
      dailyCapacity: z.number().int().min(1),
      offers: z.array(
        z.object({
          id: z.uuid(),
          basePrice: z.number().int().min(0),
          includedGuests: z.number().int().min(1).nullable(),
          pricePerExtraGuest: z.number().int().min(0),
          depositPercent: z.number().int().min(0).max(100),
        }),
      ),
      /** The vendor's revision: an older snapshot arriving late is ignored. */
      revision: z.number().int().min(1),
    }),
    /** A booking moved (domain event, one per history row): the availability feed listens today; budget and messaging can too. */
    bookingMoved: z.object({
      bookingId: z.uuid(),
      eventId: z.uuid(),
      vendorId: z.uuid(),
      coupleId: z.uuid(),
      date: z.iso.date(),
      slot: z.enum(['FULL_DAY', 'AFTERNOON', 'EVENING']),
      from: z.string().nullable(),
      to: z.string(),
      actor: z.enum(['COUPLE', 'VENDOR', 'TIMER', 'SYSTEM']),
      at: z.iso.datetime({ offset: true }),
      /** The price standing after the move (offer, quote or counter), whole DZD; null before any. */
      price: z.number().int().nullable(),
      depositPercent: z.number().int().nullable(),
      /** The couple's first message, on the request; the move's note otherwise. */
      message: z.string().nullable(),
    }),
    /** A vendor's days changed without a booking moving (closed, reopened): tell search. */
    announceAvailability: z.object({ vendorId: z.uuid(), dates: z.array(z.iso.date()).min(1) }),
    /** A booking's waiting state ran out; its id is `<bookingId>-timer-<version>`, stale versions do nothing. */
    bookingTimer: z.object({ bookingId: z.uuid(), version: z.number().int().min(1) }),
    /** Scheduled: moves overdue bookings whose timer job was lost (a Redis restart). */
    reconcileBookingTimers: z.object({}),
    /** A checklist task's reminder time came; its id is `<taskId>-reminder-<version>-<daysBefore>`, a stale one does nothing. */
    taskReminder: z.object({ taskId: z.uuid(), version: z.number().int().min(1), daysBefore: z.number().int().min(0) }),
    /** Scheduled: sends checklist reminders whose job was lost (overdue and unsent, the task open and not past its day). */
    reconcileTaskReminders: z.object({}),
  },
  media: {
    /** Fingerprint, shard, strip, resize one upload; written with the upload's row, its id derived from the media's. */
    process: z.object({ mediaId: z.uuid() }),
    /** Scheduled: removes uploads left unattached past their time, and their files when unshared. */
    expire: z.object({}),
    /** Scheduled: removes files a crash left in the store's working folders (`.tmp/`, `received/`, `tus/`, orphaned `incoming/`). */
    sweep: z.object({}),
    /**
     * A message was sent with attachments (from messaging): the sender's own media among them are attached to it,
     * seen by the conversation's participants.
     */
    attachToMessage: z.object({
      messageId: z.uuid(),
      senderId: z.uuid(),
      mediaIds: z.array(z.uuid()).max(10),
      participantIds: z.array(z.uuid()).min(1),
      /** Its conversation, where the message is announced to subscribers once linked (absent in events written before). */
      conversationId: z.uuid().optional(),
    }),
    /** A vendor was created or changed status (from vendor): who may fill its gallery, and whether everyone sees it. */
    vendorChanged: z.object({
      vendorId: z.uuid(),
      ownerId: z.uuid(),
      published: z.boolean(),
      /** The vendor's revision: an older one arriving late is ignored. */
      revision: z.number().int().min(1),
    }),
    /** An event was created or gained its co-owner (from event): who may add its photos and see them. */
    eventOwnersChanged: z.object({
      eventId: z.uuid(),
      ownerIds: z.array(z.uuid()).min(1),
      /** When the owners were read: an older list arriving late is ignored. */
      changedAt: z.iso.datetime({ offset: true }),
    }),
  },
  messaging: {
    /** A vendor was created or changed hands (from vendor): messaging keeps who answers for it. */
    vendorChanged: z.object({ vendorId: z.uuid(), ownerId: z.uuid() }),
    /** A message was stored (from messaging itself): its recipients are notified unless they are reading the conversation. */
    messageSent: z.object({
      messageId: z.uuid(),
      conversationId: z.uuid(),
      senderId: z.uuid(),
      recipientIds: z.array(z.uuid()),
    }),
    /**
     * A booking was requested or moved (from event). `REQUESTED` with a `message` opens (or reuses) the couple's
     * conversation with the vendor and posts the message there; `QUOTED` tells the couple a quote arrived; any
     * other status tells the other side the booking moved.
     */
    bookingChanged: z.object({
      bookingId: z.uuid(),
      eventId: z.uuid(),
      vendorId: z.uuid(),
      coupleId: z.uuid(),
      status: z.string().min(1),
      previousStatus: z.string().min(1).nullable().optional(),
      /** Who moved it, so the other side is the one told. */
      actorId: z.uuid().nullable().optional(),
      message: z.string().max(4000).nullable().optional(),
      /** The quoted price in DZD, for QUOTED. */
      amount: z.number().int().nonnegative().nullable().optional(),
    }),
    /** A checklist task's reminder is due (from event): each of the event's owners is told. */
    reminderDue: z.object({
      taskId: z.uuid(),
      eventId: z.uuid(),
      userIds: z.array(z.uuid()).min(1),
      title: z.string().min(1).max(200),
      dueAt: z.iso.datetime({ offset: true }),
    }),
    /** A couple reviewed a vendor (from event): the vendor's owner is told. */
    reviewReceived: z.object({ reviewId: z.uuid(), vendorId: z.uuid(), rating: z.number().int().min(1).max(5) }),
    /** Sends one notification to its user's devices; its id is the notification's, so a redelivery sends nothing twice. */
    deliverPush: z.object({ notificationId: z.uuid() }),
    /** Scheduled: each vendor's median first-reply time and reply rate over the last 90 days. */
    computeResponseStats: z.object({}),
  },
  backup: {
    /** Scheduled (BACKUP_CRON) or queued by hand: writes one backup set of every database and the media store. */
    run: z.object({}),
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

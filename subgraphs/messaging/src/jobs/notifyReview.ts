import type { JobPayload } from '@zaffa/shared';
import type { DataSource } from 'typeorm';
import { vendorOwnerOf } from '../conversations/openConversation.ts';
import { notify } from '../notifications/notify.ts';

/** A couple reviewed a vendor: its owner is told (retried until messaging knows the owner). */
export function notifyReview(db: DataSource) {
  return async (event: JobPayload<'messaging', 'reviewReceived'>, job: { id?: string }) => {
    const ownerId = await vendorOwnerOf(db, event.vendorId);
    if (!ownerId) throw new Error(`vendor ${event.vendorId} is not known to messaging yet`);
    const made = await notify(db, job.id ?? `review-${event.reviewId}`, [
      {
        userId: ownerId,
        kind: 'REVIEW_RECEIVED',
        title: 'New review',
        body: `${'★'.repeat(event.rating)}${'☆'.repeat(5 - event.rating)}`,
        link: `/vendors/${event.vendorId}/reviews/${event.reviewId}`,
      },
    ]);
    return { notified: made.length };
  };
}

import { ErrorCode, ZaffaError, forbidden, notFound, unauthenticated, type Viewer, parseInput } from '@zaffa/shared';
import type { BookingDeps } from '../deps.ts';
import { BookingEntity } from '../entities/Booking.ts';
import { EventEntity, ownsEvent } from '../entities/Event.ts';
import { ReviewEntity, type ReviewRow } from '../entities/Review.ts';
import { hideReviewInput, replyToReviewInput, writeReviewInput } from './inputs.ts';
import { emitRatingChanged } from './rating.ts';

/**
 * A review by the couple of a completed booking, one per booking (a unique index decides): reviews come only from
 * real bookings. The vendor's rating follows through `vendor.ratingChanged`, written in the same transaction.
 */
export async function writeReview(deps: BookingDeps, viewer: Viewer | null, raw: unknown): Promise<ReviewRow> {
  if (!viewer) throw unauthenticated();
  const input = parseInput(writeReviewInput, raw);
  const booking = await deps.db.getRepository(BookingEntity).findOneBy({ id: input.bookingId });
  const event = booking ? await deps.db.getRepository(EventEntity).findOneBy({ id: booking.eventId }) : null;
  const [terms] = booking ? await deps.db.query(`SELECT owner_id FROM vendor_terms WHERE vendor_id = $1`, [booking.vendorId]) : [];
  const isCouple = event !== null && ownsEvent(event, viewer.id);
  if (!booking || (!isCouple && terms?.owner_id !== viewer.id && viewer.role !== 'STAFF')) throw notFound('Booking');
  if (!isCouple) throw forbidden("Only the booking's couple can review it");
  if (booking.state !== 'COMPLETED') {
    throw new ZaffaError(ErrorCode.BOOKING_NOT_COMPLETED, `Only a completed booking can be reviewed; this one is ${booking.state}`, {
      state: booking.state,
    });
  }
  const review = await deps.db.transaction(async (m) => {
    const rows: { id: string }[] = await m.query(
      `INSERT INTO reviews (vendor_id, author_id, booking_id, rating, body, quality, responsiveness, value, professionalism)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) ON CONFLICT (booking_id) DO NOTHING RETURNING id`,
      [
        booking.vendorId,
        viewer.id,
        booking.id,
        input.rating,
        input.text,
        input.subRatings?.quality ?? null,
        input.subRatings?.responsiveness ?? null,
        input.subRatings?.value ?? null,
        input.subRatings?.professionalism ?? null,
      ],
    );
    if (rows.length === 0) throw new ZaffaError(ErrorCode.ALREADY_REVIEWED, 'This booking already has its review');
    await emitRatingChanged(m, booking.vendorId);
    return m.getRepository(ReviewEntity).findOneByOrFail({ id: rows[0]!.id });
  });
  return review;
}

/** The vendor owner's one answer. Anyone may read a visible review, but only its vendor's owner answers it. */
export async function replyToReview(deps: BookingDeps, viewer: Viewer | null, raw: unknown): Promise<ReviewRow> {
  if (!viewer) throw unauthenticated();
  const input = parseInput(replyToReviewInput, raw);
  const repo = deps.db.getRepository(ReviewEntity);
  const review = await repo.findOneBy({ id: input.reviewId });
  if (!review || (review.hiddenAt && viewer.role !== 'STAFF')) throw notFound('Review');
  const [terms] = await deps.db.query(`SELECT owner_id FROM vendor_terms WHERE vendor_id = $1`, [review.vendorId]);
  if (terms?.owner_id !== viewer.id) throw forbidden("Only the vendor's owner can answer its reviews");
  const [, affected] = await deps.db.query(`UPDATE reviews SET reply = $2, replied_at = now() WHERE id = $1 AND reply IS NULL`, [
    review.id,
    input.text,
  ]);
  if (affected === 0) throw new ZaffaError(ErrorCode.ALREADY_REPLIED, 'This review already has its answer');
  return repo.findOneByOrFail({ id: review.id });
}

/** Staff hide a review, keeping why; nobody else can, the vendor least of all. Its vendor's rating leaves it out. */
export async function hideReview(deps: BookingDeps, viewer: Viewer | null, raw: unknown): Promise<ReviewRow> {
  if (!viewer) throw unauthenticated();
  const input = parseInput(hideReviewInput, raw);
  if (viewer.role !== 'STAFF') throw forbidden('Only staff can hide a review');
  const review = await deps.db.transaction(async (m) => {
    const [, affected] = await m.query(
      `UPDATE reviews SET hidden_at = coalesce(hidden_at, now()), hidden_reason = $2, hidden_by = $3 WHERE id = $1`,
      [input.reviewId, input.reason, viewer.id],
    );
    if (affected === 0) throw notFound('Review');
    const hidden = await m.getRepository(ReviewEntity).findOneByOrFail({ id: input.reviewId });
    await emitRatingChanged(m, hidden.vendorId);
    return hidden;
  });
  return review;
}

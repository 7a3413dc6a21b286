import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { Queue } from 'bullmq';
import { Redis } from 'ioredis';
import { categoryId, placeId } from '@zaffa/vendor';
import { codeOf, eventOf, ok, ops, publishedVendor, refused, user, waitFor, type BookingView, type User } from './support/bookings.ts';
import { startStack, type Stack } from './support/stack.ts';

const reviewOps = {
  write: `mutation($input: WriteReviewInput!) { writeReview(input: $input) { review { id rating text subRatings { quality value } imported hidden } } }`,
  reply: `mutation($input: ReplyToReviewInput!) { replyToReview(input: $input) { review { id reply { text } } } }`,
  hide: `mutation($input: HideReviewInput!) { hideReview(input: $input) { review { id hidden hiddenReason } } }`,
  vendor: `query($id: ID!) { vendor(id: $id) { rating reviewCount reviews(first: 5) { totalCount edges { node { id text reply { text } } } } } }`,
};

// Short waits, so timers run out while the test watches; a confirmed booking completes as soon as it is confirmed.
const timings = {
  BOOKING_INQUIRY_TTL_S: '3',
  BOOKING_QUOTE_TTL_S: '3',
  BOOKING_HOLD_DAY_S: '3',
  BOOKING_COMPLETE_AFTER_S: String(-3 * 86_400),
  BOOKING_TIMER_RECONCILE_MS: '1000',
  BOOKING_TIMER_GRACE_MS: '2000',
  SEARCH_RECONCILE_INTERVAL_MS: '10000',
};

describe('booking timers, and reviews only from completed bookings', () => {
  let stack: Stack;
  let owner: User, couple: User, stranger: User, staff: User;
  let vendorId: string, offerId: string, eventId: string;
  let redis: Redis;
  let queue: Queue;
  let day = 0;
  const tomorrow = () => new Date(Date.now() + (3 + day++) * 86_400_000).toISOString().slice(0, 10);

  before(async () => {
    stack = await startStack(timings, { workers: true });
    [owner, couple, stranger, staff] = await Promise.all([
      user(stack, 'VENDOR'),
      user(stack, 'COUPLE'),
      user(stack, 'COUPLE'),
      user(stack, 'STAFF'),
    ]);
    ({ vendorId, offerId } = await publishedVendor(stack, owner));
    eventId = await eventOf(stack, couple);
    redis = new Redis(stack.env.REDIS_URL ?? 'redis://127.0.0.1:6379', { maxRetriesPerRequest: null });
    queue = new Queue('event', { connection: redis, prefix: stack.env.QUEUE_PREFIX });
  });
  after(async () => {
    await queue.close();
    redis.disconnect();
    await stack.stop();
  });

  const request = async (date = tomorrow()) =>
    (
      await ok<{ booking: BookingView }>(
        stack,
        ops.request,
        { input: { eventId, vendorId, date, slot: 'EVENING', guestCount: 300, offerId, message: 'Bonjour' } },
        couple,
      )
    ).booking;
  const moveBy = async (query: string, input: Record<string, unknown>, who: User) =>
    (await ok<{ booking: BookingView }>(stack, query, { input }, who)).booking;
  const quote = (id: string, holdDays = 1) => moveBy(ops.quote, { bookingId: id, price: 160_000, depositPercent: 20, holdDays }, owner);
  const read = (id: string) => ok<BookingView>(stack, ops.booking, { id }, couple);
  const until = (id: string, state: string) =>
    waitFor(async () => (await read(id)).state === state, `booking ${id} to be ${state}`, 20_000).then(() => read(id));

  it('an unanswered inquiry expires by itself, by the timer', async () => {
    const b = await request();
    const expired = await until(b.id, 'EXPIRED');
    assert.deepEqual(
      expired.history.map((h) => [h.state, h.actor]),
      [
        ['INQUIRY', 'COUPLE'],
        ['EXPIRED', 'TIMER'],
      ],
    );
    assert.equal(expired.expiresAt, null);
  });

  it('an unanswered quote and an unanswered counter-offer expire', async () => {
    const quoted = await request();
    await quote(quoted.id);
    const countered = await request();
    await quote(countered.id);
    await moveBy(ops.counter, { bookingId: countered.id, price: 150_000 }, couple);
    assert.equal((await until(quoted.id, 'EXPIRED')).history.at(-2)!.state, 'QUOTED');
    assert.equal((await until(countered.id, 'EXPIRED')).history.at(-2)!.state, 'COUNTER_OFFER');
  });

  it('a hold runs out after its holdDays and frees the date', async () => {
    const date = tomorrow();
    const b = await request(date);
    await quote(b.id, 1);
    await moveBy(ops.accept, { bookingId: b.id }, couple);
    const free = async () => {
      const days = await ok<{ availability: { slots: { status: string }[] }[] }>(
        stack,
        ops.availability,
        { id: vendorId, from: date, to: date },
        couple,
      );
      return days.availability[0]!.slots.every((s) => s.status === 'FREE');
    };
    assert.equal(await free(), false);
    assert.equal((await until(b.id, 'EXPIRED')).history.at(-2)!.state, 'HELD');
    assert.equal(await free(), true);
  });

  it('every move reschedules the timer: the old job is removed, the new one waits, a final state has none', async () => {
    const b = await request();
    // The outbox's relay queues each timer just after its move commits.
    await waitFor(async () => (await queue.getJob(`${b.id}-timer-1`)) !== undefined, 'the inquiry has its timer');
    await quote(b.id);
    assert.equal(await queue.getJob(`${b.id}-timer-1`), undefined);
    await waitFor(async () => (await queue.getJob(`${b.id}-timer-2`)) !== undefined, 'the quote has its own timer');
    const declined = await moveBy(ops.decline, { bookingId: b.id, reason: 'Complet' }, owner);
    assert.equal(declined.expiresAt, null);
    assert.equal(await queue.getJob(`${b.id}-timer-2`), undefined);
    assert.equal(await queue.getJob(`${b.id}-timer-3`), undefined);
  });

  it('a timer whose job was lost is recovered by the reconciler', async () => {
    await stack.stopWorkers();
    const b = await request();
    await waitFor(async () => (await queue.getJob(`${b.id}-timer-1`)) !== undefined, 'the timer job to be queued');
    // What a Redis restart without persistence does to a delayed job.
    await queue.remove(`${b.id}-timer-1`);
    assert.equal(await queue.getJob(`${b.id}-timer-1`), undefined);
    await stack.startWorkers();
    const expired = await until(b.id, 'EXPIRED');
    assert.deepEqual(expired.history.at(-1)!.actor, 'TIMER');
  });

  it("a vendor's booking terms whose job was lost reach the event subgraph anyway", async () => {
    await stack.stopWorkers();
    const lateOwner = await user(stack, 'VENDOR');
    const { vendor } = await ok<{ vendor: { id: string } }>(
      stack,
      ops.createVendor,
      { input: { name: 'Salle Tardive', categoryId: categoryId('salle-des-fetes'), placeId: placeId.commune('1601') } },
      lateOwner,
    );
    await ok(stack, ops.publish, { input: { id: vendor.id } }, lateOwner);
    // What a Redis restart without persistence does to the queued terms.
    const lost = (await queue.getJobs(['waiting'])).filter((j) => j.name === 'vendorTermsChanged');
    assert.ok(lost.length > 0);
    await Promise.all(lost.map((j) => j.remove()));
    await stack.startWorkers();
    await waitFor(
      async () => {
        const { body } = await stack.query<{ vendor: { bookings: unknown } }>(
          `query($id: ID!) { vendor(id: $id) { bookings { totalCount } } }`,
          { id: vendor.id },
          lateOwner.headers,
        );
        return body.data?.vendor?.bookings != null;
      },
      'the terms reconciliation',
      40_000,
    );
  });

  it('a confirmed booking completes the day after; reviews come only from it, once', async () => {
    // Tomorrow: with completion set three days early, its day-after has already come.
    const date = new Date(Date.now() + 86_400_000).toISOString().slice(0, 10);
    const b = await request(date);
    await quote(b.id);
    await moveBy(ops.accept, { bookingId: b.id }, couple);
    const review = {
      bookingId: b.id,
      rating: 4,
      text: 'Très belle soirée',
      subRatings: { quality: 5, responsiveness: 4, value: 3, professionalism: 4 },
    };
    assert.equal(codeOf(await refused(stack, reviewOps.write, { input: review }, couple)), 'BOOKING_NOT_COMPLETED');

    await moveBy(ops.confirm, { bookingId: b.id }, owner);
    const completed = await until(b.id, 'COMPLETED');
    assert.deepEqual(completed.history.at(-1)!.actor, 'TIMER');
    const days = await ok<{ availability: { slots: { status: string }[] }[] }>(
      stack,
      ops.availability,
      { id: vendorId, from: date, to: date },
      couple,
    );
    assert.equal(days.availability[0]!.slots[2]!.status, 'BOOKED');

    assert.equal(codeOf(await refused(stack, reviewOps.write, { input: review }, stranger)), 'NOT_FOUND');
    assert.equal(codeOf(await refused(stack, reviewOps.write, { input: review }, owner)), 'FORBIDDEN');
    assert.equal(codeOf(await refused(stack, reviewOps.write, { input: { ...review, rating: 6 } }, couple)), 'BAD_USER_INPUT');
    const written = await ok<{ review: { id: string; imported: boolean; subRatings: unknown } }>(
      stack,
      reviewOps.write,
      { input: review },
      couple,
    );
    assert.deepEqual([written.review.imported, written.review.subRatings], [false, { quality: 5, value: 3 }]);
    assert.equal(codeOf(await refused(stack, reviewOps.write, { input: review }, couple)), 'ALREADY_REVIEWED');

    const seen = await ok<{ rating: number; reviewCount: number; reviews: { totalCount: number; edges: { node: { id: string } }[] } }>(
      stack,
      reviewOps.vendor,
      { id: vendorId },
      stranger,
    );
    assert.deepEqual([seen.rating, seen.reviewCount, seen.reviews.edges[0]!.node.id], [4, 1, written.review.id]);
    // The vendor subgraph's copy, which search filters and sorts on, follows through vendor.ratingChanged.
    const vendorDb = stack.subgraphs.vendor.deps.db;
    const copy = async () => (await vendorDb.query(`SELECT rating, review_count FROM vendors WHERE id = $1`, [vendorId]))[0];
    await waitFor(async () => (await copy()).review_count === 1, "the vendor's rating copy");
    assert.equal((await copy()).rating, 4);

    const reply = { reviewId: written.review.id, text: 'Merci à vous !' };
    assert.equal(codeOf(await refused(stack, reviewOps.reply, { input: reply }, couple)), 'FORBIDDEN');
    await ok(stack, reviewOps.reply, { input: reply }, owner);
    assert.equal(codeOf(await refused(stack, reviewOps.reply, { input: reply }, owner)), 'ALREADY_REPLIED');

    const hide = { reviewId: written.review.id, reason: 'Avis acheté' };
    assert.equal(codeOf(await refused(stack, reviewOps.hide, { input: hide }, owner)), 'FORBIDDEN');
    const hidden = await ok<{ review: { hidden: boolean; hiddenReason: string } }>(stack, reviewOps.hide, { input: hide }, staff);
    assert.deepEqual(hidden.review, { id: written.review.id, hidden: true, hiddenReason: 'Avis acheté' });
    const after = await ok<{ rating: number | null; reviews: { totalCount: number } }>(stack, reviewOps.vendor, { id: vendorId }, stranger);
    assert.deepEqual([after.rating, after.reviews.totalCount], [null, 0]);
    await waitFor(async () => (await copy()).review_count === 0, "the vendor's rating copy to drop the hidden review");
  });
});

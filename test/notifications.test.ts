import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import { startLocalFcm, type LocalFcm } from '@zaffa/messaging/testing';
import { createRedis, JobProducer, type Redis } from '@zaffa/shared';
import { as, signedUp, vendorOwnedBy } from './support/messaging.ts';
import { startStack, type Stack } from './support/stack.ts';

interface NotificationView {
  kind: string;
  title: string;
  body: string;
  link: string | null;
  readAt: string | null;
}

describe('notifications and push from domain events', () => {
  let stack: Stack;
  let fcm: LocalFcm;
  let redis: Redis;
  let jobs: JobProducer;
  let couple: { id: string; headers: Record<string, string> };
  let owner: { id: string; headers: Record<string, string> };
  let vendorId: string;
  const eventId = randomUUID();

  before(async () => {
    fcm = await startLocalFcm();
    stack = await startStack({ PUSH_PROVIDER: 'fcm', FCM_SERVICE_ACCOUNT: fcm.accountJson(), FCM_API_URL: fcm.origin }, { workers: true });
    redis = createRedis(stack.env.REDIS_URL ?? 'redis://127.0.0.1:6379', 'test-producer');
    jobs = new JobProducer(redis, stack.env.QUEUE_PREFIX!);
    couple = await signedUp(stack, 'COUPLE', 'Lina & Yacine');
    owner = await signedUp(stack, 'VENDOR', 'Traiteur El Bahdja');
    vendorId = await vendorOwnedBy(stack, owner.id, 'Traiteur El Bahdja');
    for (const [who, token] of [
      [couple, 'phone-couple'],
      [owner, 'phone-owner'],
    ] as const) {
      const { body } = await stack.query(
        `mutation($input: RegisterDeviceInput!) { registerDevice(input: $input) { device { id platform } } }`,
        { input: { token, platform: 'ANDROID' } },
        who.headers,
      );
      assert.equal(body.errors, undefined);
    }
  });

  after(async () => {
    await jobs.close();
    redis.disconnect();
    await stack.stop();
    await fcm.close();
  });

  const notificationsOf = async (headers: Record<string, string>, kind: string) => {
    const { body } = await stack.query<{ notifications: { edges: { node: NotificationView }[] } }>(
      `{ notifications(first: 50) { edges { node { kind title body link readAt } } } }`,
      {},
      headers,
    );
    return body.data!.notifications.edges.map((e) => e.node).filter((n) => n.kind === kind);
  };
  const pushesTo = (token: string, kind: string) => fcm.received.filter((r) => r.token === token && r.data.kind === kind);

  /** Queues the event under one job id, lets every job run, then does it again: a redelivery of the same event. */
  async function deliverTwice(send: (jobId: string) => Promise<unknown>) {
    const jobId = randomUUID();
    for (let i = 0; i < 2; i++) {
      await send(jobId);
      await stack.drainJobs();
    }
  }

  it('tells the couple of a quote once, with one push, however often the event arrives', async () => {
    const bookingId = randomUUID();
    await deliverTwice((jobId) =>
      jobs.enqueue(
        'messaging',
        'bookingChanged',
        {
          bookingId,
          eventId,
          vendorId,
          coupleId: couple.id,
          status: 'QUOTED',
          previousStatus: 'REQUESTED',
          actorId: owner.id,
          amount: 180_000,
        },
        { jobId },
      ),
    );
    const quotes = await notificationsOf(couple.headers, 'QUOTE_RECEIVED');
    assert.equal(quotes.length, 1);
    assert.equal(quotes[0]!.link, `/bookings/${bookingId}`);
    assert.match(quotes[0]!.body, /180.000 DZD/);
    assert.equal(pushesTo('phone-couple', 'QUOTE_RECEIVED').length, 1, 'one push delivery attempt');
    assert.equal((await notificationsOf(owner.headers, 'QUOTE_RECEIVED')).length, 0, 'the vendor who quoted is not told');
  });

  it('reminds the couple once, with one push, and drops a token FCM reports unregistered', async () => {
    const old = await stack.query(
      `mutation($input: RegisterDeviceInput!) { registerDevice(input: $input) { device { id } } }`,
      { input: { token: 'phone-old', platform: 'IOS' } },
      couple.headers,
    );
    assert.equal(old.body.errors, undefined);
    fcm.unregistered.add('phone-old');
    const taskId = randomUUID();
    await deliverTwice((jobId) =>
      jobs.enqueue(
        'messaging',
        'reminderDue',
        { taskId, eventId, userIds: [couple.id], title: 'Réserver le traiteur', dueAt: '2027-05-01T09:00:00Z' },
        { jobId },
      ),
    );
    const reminders = await notificationsOf(couple.headers, 'CHECKLIST_REMINDER');
    assert.deepEqual(
      reminders.map((r) => r.title),
      ['Reminder: Réserver le traiteur'],
    );
    assert.equal(pushesTo('phone-couple', 'CHECKLIST_REMINDER').length, 1, 'one push delivery attempt');
    assert.equal(pushesTo('phone-old', 'CHECKLIST_REMINDER').length, 1, 'the dead token was tried once');
    const devices = (await stack.subgraphs.messaging.deps.db.query(`SELECT token FROM devices WHERE user_id = $1 ORDER BY token`, [
      couple.id,
    ])) as { token: string }[];
    assert.deepEqual(
      devices.map((d) => d.token),
      ['phone-couple'],
      'the unregistered token is removed',
    );
  });

  it('opens the conversation of a booking request with its message, and tells the vendor', async () => {
    const bookingId = randomUUID();
    await deliverTwice((jobId) =>
      jobs.enqueue(
        'messaging',
        'bookingChanged',
        { bookingId, eventId, vendorId, coupleId: couple.id, status: 'REQUESTED', message: 'Un devis pour 250 invités ?' },
        { jobId },
      ),
    );
    const requests = await notificationsOf(owner.headers, 'BOOKING_CHANGED');
    assert.deepEqual(
      requests.map((r) => [r.title, r.body]),
      [['New booking request', 'Un devis pour 250 invités ?']],
    );
    const entities = async (headers: Record<string, string>) => {
      const res = await stack.direct(
        'messaging',
        {
          query: `query($r: [_Any!]!) { _entities(representations: $r) { ... on Booking { conversation { id messages { edges { node { text } } } } } } }`,
          variables: { r: [{ __typename: 'Booking', id: bookingId }] },
        },
        headers,
      );
      return (
        (await res.json()) as { data: { _entities: { conversation: { messages: { edges: { node: { text: string } }[] } } | null }[] } }
      ).data._entities[0]!.conversation;
    };
    const conversation = await entities(owner.headers);
    assert.deepEqual(
      conversation?.messages.edges.map((e) => e.node.text),
      ['Un devis pour 250 invités ?'],
      'the request’s message is posted once',
    );
    assert.equal(await entities(await as(stack, randomUUID())), null, 'a stranger sees no conversation on the booking');
  });

  it('counts and clears unread notifications', async () => {
    const before = await stack.query<{ me: { unreadNotifications: number } }>(`{ me { unreadNotifications } }`, {}, couple.headers);
    assert.equal(before.body.data?.me.unreadNotifications, 2);
    const { body } = await stack.query<{ markNotificationsRead: { unreadNotifications: number } }>(
      `mutation { markNotificationsRead(input: { all: true }) { unreadNotifications } }`,
      {},
      couple.headers,
    );
    assert.equal(body.data?.markNotificationsRead.unreadNotifications, 0);
    const bad = await stack.query(`mutation { markNotificationsRead(input: {}) { unreadNotifications } }`, {}, couple.headers);
    assert.equal(bad.body.errors?.[0]?.extensions?.code, 'BAD_USER_INPUT');
  });
});

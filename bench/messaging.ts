// `npm run bench:messaging`: messages through the gateway with 50 concurrent senders (closed loop: each sends its
// next message when the last one answered), then how long a notification takes from its domain event's commit to
// the push attempt at FCM. The whole stack runs in this process (gateway, subgraphs, workers) against a local
// stand-in for FCM, on 127.0.0.1. Options: --senders N --seconds S --events N.
import { randomUUID } from 'node:crypto';
import { cpus, loadavg, totalmem } from 'node:os';
import { parseArgs } from 'node:util';
import { startLocalFcm } from '@zaffa/messaging/testing';
import { writeEvent } from '@zaffa/shared';
import { as, vendorOwnedBy } from '../test/support/messaging.ts';
import { startStack } from '../test/support/stack.ts';
import { fmt, summarize } from './stats.ts';

const { values: args } = parseArgs({
  options: {
    senders: { type: 'string', default: '50' },
    seconds: { type: 'string', default: '30' },
    events: { type: 'string', default: '300' },
  },
});
const senders = Number(args.senders);
const seconds = Number(args.seconds);
const events = Number(args.events);
const load = () =>
  loadavg()
    .map((l) => l.toFixed(2))
    .join(' ');

console.log(
  `${new Date().toISOString()} · ${cpus().length} × ${cpus()[0]?.model}, ${Math.round(totalmem() / 2 ** 30)} GiB · Node ${process.version}`,
);
console.log(`load average before: ${load()}`);

const fcm = await startLocalFcm();
const stack = await startStack(
  {
    RATE_LIMIT_USER_PER_MINUTE: '1000000',
    RATE_LIMIT_IP_PER_MINUTE: '1000000',
    PUSH_PROVIDER: 'fcm',
    FCM_SERVICE_ACCOUNT: fcm.accountJson(),
    FCM_API_URL: fcm.origin,
  },
  { workers: true },
);

try {
  const owner = randomUUID();
  const vendorId = await vendorOwnedBy(stack, owner, 'Salle Benchmark');
  const couples = await Promise.all(
    Array.from({ length: senders }, async () => {
      const headers = await as(stack, randomUUID());
      const { body } = await stack.query<{ startConversation: { conversation: { id: string } } }>(
        `mutation($input: StartConversationInput!) { startConversation(input: $input) { conversation { id } } }`,
        { input: { vendorId, message: 'Bonjour' } },
        headers,
      );
      if (!body.data) throw new Error(JSON.stringify(body.errors));
      return { headers, conversationId: body.data.startConversation.conversation.id };
    }),
  );
  await stack.drainJobs(120_000);

  // 1. Messages: each sender in a loop for the whole window.
  const send = `mutation($input: SendMessageInput!) { sendMessage(input: $input) { message { id createdAt } } }`;
  const latencies: number[] = [];
  let failures = 0;
  const started = performance.now();
  const deadline = started + seconds * 1000;
  await Promise.all(
    couples.map(async ({ headers, conversationId }) => {
      for (let i = 0; performance.now() < deadline; i++) {
        const t0 = performance.now();
        const { body } = await stack.query(
          send,
          { input: { conversationId, text: `Message ${i} : nous serons 300 invités`, clientMessageId: randomUUID() } },
          headers,
        );
        if (body.errors) failures++;
        else latencies.push(performance.now() - t0);
      }
    }),
  );
  const elapsed = (performance.now() - started) / 1000;
  const loadAfterMessages = load();
  const s = summarize(latencies);
  console.log(`\nsendMessage through the gateway, ${senders} concurrent senders, ${seconds} s (workers notifying and pushing meanwhile)`);
  console.log(`messages: ${latencies.length} stored, ${failures} errors · ${(latencies.length / elapsed).toFixed(1)} messages/s`);
  console.log(`latency (ms)   mean     p50     p95     p99`);
  console.log(`           ${fmt(s.mean)} ${fmt(s.p50)} ${fmt(s.p95)} ${fmt(s.p99)}`);
  console.log(`load average after: ${loadAfterMessages}`);
  await stack.drainJobs(600_000);

  // 2. Event → push: a domain event committed in a producer's outbox (the vendor database's, relayed by the
  // vendor subgraph) becomes a notification, whose push delivery is relayed from messaging's outbox to FCM.
  const couple = randomUUID();
  const { body } = await stack.query(
    `mutation($input: RegisterDeviceInput!) { registerDevice(input: $input) { device { id } } }`,
    { input: { token: 'bench-phone', platform: 'ANDROID' } },
    await as(stack, couple),
  );
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  const eventId = randomUUID();
  const committedAt = new Map<string, number>();
  const producer = stack.subgraphs.vendor.deps.db;
  for (let i = 0; i < events; i++) {
    const taskId = randomUUID();
    await producer.transaction(async (tx) => {
      await writeEvent(tx, 'messaging', 'reminderDue', {
        taskId,
        eventId,
        userIds: [couple],
        title: `Tâche ${i}`,
        dueAt: new Date().toISOString(),
      });
    });
    committedAt.set(`/events/${eventId}/tasks/${taskId}`, performance.now());
    await new Promise((r) => setTimeout(r, 20));
  }
  const until = Date.now() + 120_000;
  const arrived = () => fcm.received.filter((r) => r.token === 'bench-phone');
  while (arrived().length < events && Date.now() < until) await new Promise((r) => setTimeout(r, 50));
  const lags = arrived().map((r) => r.at - committedAt.get(r.data.link!)!);
  const e = summarize(lags);
  console.log(`\nnotification event → push attempt: ${events} reminder events committed 20 ms apart, ${lags.length} pushes received`);
  console.log(`latency (ms)   mean     p50     p95     p99`);
  console.log(`           ${fmt(e.mean)} ${fmt(e.p50)} ${fmt(e.p95)} ${fmt(e.p99)}`);
  console.log(`load average after: ${load()}`);
} finally {
  await stack.stop();
  await fcm.close();
}

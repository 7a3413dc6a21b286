// `npm run bench:booking`: 200 couples race for 20 hall dates (4 halls × 5 dates) through the gateway, with the
// event and vendor subgraphs, the gateway and the workers as separate processes on 127.0.0.1. Every couple creates
// its wedding and asks for a date (evening, afternoon or the full day); the halls' owners quote them all; then all
// 200 accept at the same moment, and the owners confirm what was held (which declines the rest). Prints the double
// bookings Postgres let through (must be 0), state transitions per second, and latency percentiles per mutation.
//   npm run bench:booking -- --couples 200 --halls 4 --dates 5
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes, randomUUID } from 'node:crypto';
import { createServer } from 'node:net';
import { cpus, loadavg, totalmem } from 'node:os';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { removeRunData } from '@zaffa/shared/testing';
import { createTestIssuer } from '../test/support/issuer.ts';
import { fmt, summarize } from './stats.ts';

const { values: args } = parseArgs({
  options: {
    couples: { type: 'string', default: '200' },
    halls: { type: 'string', default: '4' },
    dates: { type: 'string', default: '5' },
  },
});
const coupleCount = Number(args.couples);
const hallCount = Number(args.halls);
const dateCount = Number(args.dates);

const root = fileURLToPath(new URL('../', import.meta.url));
const runId = `${Date.now().toString(36)}${randomBytes(2).toString('hex')}`;
const databaseUrl = process.env.DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/postgres';
const redisUrl = process.env.REDIS_URL || 'redis://127.0.0.1:6379';
const prefix = `zaffa_bench_${runId}`;
const queuePrefix = `zaffa-bench-${runId}`;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const loads = () =>
  loadavg()
    .map((l) => l.toFixed(2))
    .join(' ');
const freePort = () =>
  new Promise<number>((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });

console.log(`machine: ${cpus().length} × ${cpus()[0]?.model}, ${Math.round(totalmem() / 2 ** 30)} GiB; load average before: ${loads()}`);

const issuer = await createTestIssuer();
const jwks = await issuer.serveJwks();
const [vendorPort, eventPort, gatewayPort, workersPort] = [await freePort(), await freePort(), await freePort(), await freePort()];
const env: NodeJS.ProcessEnv = {
  ...process.env,
  NODE_ENV: 'production',
  LOG_LEVEL: 'warn',
  SUBGRAPH_SECRET: randomBytes(32).toString('hex'),
  DATABASE_URL: databaseUrl,
  REDIS_URL: redisUrl,
  DATABASE_PREFIX: prefix,
  QUEUE_PREFIX: queuePrefix,
  ACCOUNTS_JWKS_URL: jwks.url,
  // 200 couples on one address stand for 200 people: the per-address budget is lifted (still counted in Redis).
  RATE_LIMIT_IP_PER_MINUTE: '10000000',
  RATE_LIMIT_USER_PER_MINUTE: '10000000',
  VENDOR_PORT: String(vendorPort),
  EVENT_PORT: String(eventPort),
  GATEWAY_PORT: String(gatewayPort),
  WORKERS_PORT: String(workersPort),
  VENDOR_URL: `http://127.0.0.1:${vendorPort}/graphql`,
  EVENT_URL: `http://127.0.0.1:${eventPort}/graphql`,
  // Not started: nothing here asks them, and the gateway answers the rest without them.
  ACCOUNTS_URL: 'http://127.0.0.1:9/graphql',
  MEDIA_URL: 'http://127.0.0.1:9/graphql',
};

/** Runs `work` over `items` with at most `limit` in flight: the setup steps, so only the race itself is all at once. */
async function limited<T, R>(items: T[], limit: number, work: (item: T) => Promise<R>): Promise<R[]> {
  const out: R[] = new Array(items.length);
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(limit, items.length) }, async () => {
      while (next < items.length) {
        const i = next++;
        out[i] = await work(items[i]!);
      }
    }),
  );
  return out;
}

const children: ChildProcess[] = [];
async function start(entry: string, port: number): Promise<void> {
  const child = spawn(process.execPath, [entry], { cwd: root, env, stdio: ['ignore', 'ignore', 'inherit'] });
  children.push(child);
  while (
    !(await fetch(`http://127.0.0.1:${port}/readyz`).then(
      (r) => r.ok,
      () => false,
    ))
  ) {
    if (child.exitCode !== null) throw new Error(`${entry} exited with ${child.exitCode}`);
    await sleep(100);
  }
}

const gateway = `http://127.0.0.1:${gatewayPort}/graphql`;
const latencies: Record<string, number[]> = {};
async function call<T>(
  name: string,
  token: string,
  query: string,
  variables: Record<string, unknown>,
): Promise<{ data?: T; code?: string }> {
  const started = performance.now();
  const res = await fetch(gateway, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json()) as { data?: Record<string, T>; errors?: { extensions?: { code?: string } }[] };
  (latencies[name] ??= []).push(performance.now() - started);
  if (body.errors?.length) return { code: body.errors[0]!.extensions?.code ?? `HTTP ${res.status}` };
  return { data: Object.values(body.data!)[0] };
}

const db = new pg.Client({ connectionString: databaseUrl.replace(/\/[^/]*$/, `/${prefix}_event`) });
try {
  await start('subgraphs/vendor/src/main.ts', vendorPort);
  await start('subgraphs/event/src/main.ts', eventPort);
  await start('workers/src/main.ts', workersPort);
  await start('gateway/src/main.ts', gatewayPort);
  await db.connect();

  // The halls, as the event subgraph knows them once vendor.vendorTermsChanged has arrived.
  const halls: { vendorId: string; offerId: string; token: string }[] = [];
  for (let h = 0; h < hallCount; h++) {
    halls.push(
      await (async () => {
        const owner = randomUUID();
        const vendorId = randomUUID();
        const offerId = randomUUID();
        const offers = [{ id: offerId, basePrice: 180_000, includedGuests: 300, pricePerExtraGuest: 400, depositPercent: 30 }];
        await db.query(
          `INSERT INTO vendor_terms (vendor_id, owner_id, status, is_hall, daily_capacity, offers, revision) VALUES ($1, $2, 'PUBLISHED', true, 1, $3, 1)`,
          [vendorId, owner, JSON.stringify(offers)],
        );
        return { vendorId, offerId, token: await issuer.sign(owner, 'VENDOR', {}, 3600) };
      })(),
    );
  }
  const dates = Array.from({ length: dateCount }, (_, i) => new Date(Date.UTC(2027, 5, 5 + i * 7)).toISOString().slice(0, 10));
  const slots = ['EVENING', 'EVENING', 'AFTERNOON', 'FULL_DAY'];
  const couples = await Promise.all(
    Array.from({ length: coupleCount }, async (_, i) => ({
      token: await issuer.sign(randomUUID(), 'COUPLE', {}, 3600),
      hall: halls[i % hallCount]!,
      date: dates[Math.floor(i / hallCount) % dateCount]!,
      // Each hall date gets every kind of request: evenings, afternoons and full days race each other.
      slot: slots[Math.floor(i / (hallCount * dateCount)) % slots.length]!,
    })),
  );

  const started = performance.now();
  const [{ moves: movesBefore }] = (await db.query(`SELECT count(*)::int AS moves FROM booking_history`)).rows;
  const phase = async <T>(name: string, work: () => Promise<T>) => {
    const t = performance.now();
    const result = await work();
    console.log(`${name.padEnd(34)} ${((performance.now() - t) / 1000).toFixed(2)} s`);
    return result;
  };

  const booked = await phase(`${coupleCount} weddings and requests`, () =>
    limited(couples, 25, async (c) => {
      const made = await call<{ event: { id: string } }>(
        'createEvent',
        c.token,
        `mutation($i: CreateEventInput!) { createEvent(input: $i) { event { id } } }`,
        {
          i: { kind: 'WEDDING', title: 'Mariage', date: c.date, guestCount: 350 },
        },
      );
      if (!made.data) throw new Error(`createEvent refused: ${made.code}`);
      const asked = await call<{ booking: { id: string } }>(
        'requestBooking',
        c.token,
        `mutation($i: RequestBookingInput!) { requestBooking(input: $i) { booking { id } } }`,
        {
          i: {
            eventId: made.data.event.id,
            vendorId: c.hall.vendorId,
            date: c.date,
            slot: c.slot,
            guestCount: 350,
            offerId: c.hall.offerId,
            message: 'Salam, la salle est-elle libre ?',
            idempotencyKey: randomUUID(),
          },
        },
      );
      if (!asked.data) throw new Error(`requestBooking refused: ${asked.code}`);
      return { ...c, bookingId: asked.data.booking.id };
    }),
  );
  await phase(`${coupleCount} quotes by the halls`, () =>
    limited(booked, 25, async (b) => {
      const quoted = await call(
        'quoteBooking',
        b.hall.token,
        `mutation($i: QuoteBookingInput!) { quoteBooking(input: $i) { booking { state } } }`,
        {
          i: { bookingId: b.bookingId, price: 200_000, depositPercent: 30, holdDays: 3 },
        },
      );
      if (quoted.code) throw new Error(`quoteBooking refused: ${quoted.code}`);
    }),
  );
  const accepted = await phase(`${coupleCount} accept at the same moment`, () =>
    Promise.all(
      booked.map(async (b) => ({
        ...b,
        answer: await call('acceptQuote', b.token, `mutation($i: BookingIdInput!) { acceptQuote(input: $i) { booking { state } } }`, {
          i: { bookingId: b.bookingId },
        }),
      })),
    ),
  );
  const held = accepted.filter((a) => !a.answer.code);
  const codes = accepted.reduce<Record<string, number>>(
    (n, a) => ({ ...n, [a.answer.code ?? 'HELD']: (n[a.answer.code ?? 'HELD'] ?? 0) + 1 }),
    {},
  );
  await phase(`${held.length} confirmations`, () =>
    Promise.all(
      held.map(async (h) => {
        const confirmed = await call(
          'confirmBooking',
          h.hall.token,
          `mutation($i: BookingIdInput!) { confirmBooking(input: $i) { booking { state } } }`,
          {
            i: { bookingId: h.bookingId },
          },
        );
        if (confirmed.code) throw new Error(`confirmBooking refused: ${confirmed.code}`);
      }),
    ),
  );
  const seconds = (performance.now() - started) / 1000;

  const [{ moves: movesAfter }] = (await db.query(`SELECT count(*)::int AS moves FROM booking_history`)).rows;
  // Two bookings holding or having the same hall, date and overlapping halves of the day: what must never exist.
  const [{ doubles }] = (
    await db.query(`
      SELECT count(*)::int AS doubles FROM bookings a JOIN bookings b
        ON a.vendor_id = b.vendor_id AND a.date = b.date AND a.id < b.id
       AND (a.slot = 'FULL_DAY' OR b.slot = 'FULL_DAY' OR a.slot = b.slot)
      WHERE a.state IN ('HELD', 'CONFIRMED', 'COMPLETED') AND b.state IN ('HELD', 'CONFIRMED', 'COMPLETED')`)
  ).rows;
  const states = (await db.query(`SELECT state, count(*)::int AS n FROM bookings GROUP BY state ORDER BY state`)).rows as {
    state: string;
    n: number;
  }[];
  const transitions = movesAfter - movesBefore;

  console.log(`\naccept answers: ${JSON.stringify(codes)}; bookings by state: ${states.map((s) => `${s.state} ${s.n}`).join(', ')}`);
  console.log(`\nmutation            count     mean      p50      p95      p99   (ms, through the gateway)`);
  const all: number[] = [];
  for (const [name, ms] of Object.entries(latencies)) {
    all.push(...ms);
    const s = summarize(ms);
    console.log(`${name.padEnd(18)} ${String(s.count).padStart(6)}  ${fmt(s.mean)}  ${fmt(s.p50)}  ${fmt(s.p95)}  ${fmt(s.p99)}`);
  }
  const s = summarize(all);
  console.log(`${'all'.padEnd(18)} ${String(s.count).padStart(6)}  ${fmt(s.mean)}  ${fmt(s.p50)}  ${fmt(s.p95)}  ${fmt(s.p99)}`);
  console.log(
    `\ndouble bookings: ${doubles}; ${transitions} state transitions (history rows, automatic declines included) in ${seconds.toFixed(2)} s = ${(transitions / seconds).toFixed(1)} transitions/s; p95 of every mutation ${s.p95.toFixed(1)} ms; load average after: ${loads()}`,
  );
  if (doubles !== 0) process.exitCode = 1;
} finally {
  await db.end().catch(() => {});
  await Promise.all(
    children.map(
      (c) =>
        new Promise((resolve) => {
          if (c.exitCode !== null || c.signalCode !== null) return resolve(undefined);
          c.once('exit', resolve);
          c.kill('SIGTERM');
        }),
    ),
  );
  await jwks.close();
  await removeRunData(databaseUrl, prefix, redisUrl, queuePrefix);
}

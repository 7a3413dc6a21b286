import { Queue } from 'bullmq';
import type { Redis } from 'ioredis';
import pg from 'pg';
import type { Logger } from 'pino';
import type { DataSource } from 'typeorm';
import { defaultJobOptions, type QueueName } from '../jobs/registry.ts';
import { createRedis } from '../redis.ts';
import { outboxChannel } from './writeEvent.ts';

/** One event as the relay queued it. */
export interface RelayedEvent {
  id: string;
  queue: QueueName;
  job: string;
  payload: Record<string, unknown>;
  reqId: string | null;
  createdAt: Date;
  /** The job id it was queued under: the event's id, or the one it was written with. */
  jobId: string;
}

export interface OutboxRelayOptions {
  db: DataSource;
  /** A Redis connection that fails fast while Redis is away (see `createRedis`'s `failFast`), so no row stays locked waiting. */
  connection: Redis;
  prefix: string;
  log: Logger;
  /** Called after each batch is queued and marked sent: where an event is also published elsewhere (pub/sub). */
  onRelayed?: (events: RelayedEvent[]) => Promise<void>;
  batchSize?: number;
  /** How often the outbox is read when no notification arrives (a missed NOTIFY, another process's rows). */
  pollMs?: number;
  /** Longest a batch may wait for Redis before it is rolled back and tried again. */
  sendTimeoutMs?: number;
  /** Sent rows older than this are deleted; until then they are sent again should Redis lose its data. */
  keepSentMs?: number;
}

export interface OutboxRelay {
  /** Reads the outbox now, without waiting for the next notification or poll. */
  wake: () => void;
  stop: () => Promise<void>;
}

/** The database's name, which names the relay's marker in Redis (one outbox per database). */
function databaseName(db: DataSource): string {
  const { url, database } = db.options as { url?: string; database?: string };
  return database ?? (url ? decodeURIComponent(new URL(url).pathname.slice(1)) : 'default');
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function withTimeout<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`Redis did not take the batch within ${ms} ms`)), ms);
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}

/**
 * Moves pending outbox rows to their BullMQ queues, oldest first, a batch per transaction: the rows are locked
 * with `FOR UPDATE SKIP LOCKED` (several relays share the work and never take the same row), queued with the
 * row's id as job id (or the id it was written with, delayed until its `not_before`, where the outbox has those
 * columns), and marked sent in the same transaction. When Redis does not answer the transaction
 * rolls back and the rows wait, still pending, for the next try.
 *
 * A Redis that restarts without its data loses the jobs queued but not yet done. The relay keeps a marker key
 * in Redis for its database; when the marker is gone, every row sent within `keepSentMs` is made pending again
 * and sent anew under its own id. Handlers are idempotent, so work already done is not done twice.
 */
export function startOutboxRelay(options: OutboxRelayOptions): OutboxRelay {
  const { db, log } = options;
  const batchSize = options.batchSize ?? 200;
  const pollMs = options.pollMs ?? 1000;
  const sendTimeoutMs = options.sendTimeoutMs ?? 5000;
  const keepSentMs = options.keepSentMs ?? 24 * 3600_000;
  const queues = new Map<string, Queue>();
  const queueOf = (name: string) => {
    let queue = queues.get(name);
    if (!queue) {
      queue = new Queue(name, { connection: options.connection, prefix: options.prefix, defaultJobOptions });
      queue.on('error', () => {}); // each failed batch is logged once below
      queues.set(name, queue);
    }
    return queue;
  };

  let stopped = false;
  let wakeUp: (() => void) | null = null;
  let pending = false;
  const wake = () => {
    pending = true;
    wakeUp?.();
  };
  const idle = (ms: number) =>
    pending
      ? Promise.resolve()
      : new Promise<void>((resolve) => {
          const timer = setTimeout(done, ms);
          function done() {
            clearTimeout(timer);
            wakeUp = null;
            resolve();
          }
          wakeUp = done;
        });

  // A small pool of its own: the relay never takes a connection a request is waiting for.
  const url = (db.options as { url?: string }).url;
  const pool = new pg.Pool({ connectionString: url, max: 2, connectionTimeoutMillis: 5000 });
  pool.on('error', () => {}); // a broken idle connection is replaced on the next batch

  // An outbox with the scheduling columns (`OutboxJobIdsAndDelays`) relays jobs under their own ids, delayed.
  let scheduling: Promise<boolean> | undefined;
  const hasScheduling = () =>
    (scheduling ??= pool
      .query<{ n: number }>(
        `SELECT count(*)::int AS n FROM information_schema.columns
          WHERE table_schema = current_schema() AND table_name = 'outbox' AND column_name IN ('job_id', 'not_before')`,
      )
      .then((r) => r.rows[0]!.n === 2)
      .catch((err: unknown) => {
        scheduling = undefined;
        throw err;
      }));

  async function relayBatch(): Promise<RelayedEvent[]> {
    const scheduled = await hasScheduling();
    const client = await pool.connect();
    try {
      await client.query('BEGIN');
      const { rows } = await client.query<{
        id: string;
        queue: QueueName;
        job: string;
        payload: Record<string, unknown>;
        req_id: string | null;
        created_at: Date;
        job_id: string | null;
        delay_ms: number;
      }>(
        `SELECT id, queue, job, payload, req_id, created_at,
                ${scheduled ? `job_id, greatest(0, coalesce(extract(epoch FROM not_before - clock_timestamp()) * 1000, 0))::float8` : `NULL::text AS job_id, 0::float8`} AS delay_ms
           FROM outbox WHERE sent_at IS NULL ORDER BY seq LIMIT $1 FOR UPDATE SKIP LOCKED`,
        [batchSize],
      );
      if (rows.length === 0) {
        await client.query('COMMIT');
        return [];
      }
      const byQueue = Map.groupBy(rows, (r) => r.queue);
      await withTimeout(
        Promise.all(
          [...byQueue].map(([queue, batch]) =>
            queueOf(queue).addBulk(
              batch.map((r) => ({
                name: r.job,
                data: { ...r.payload, reqId: r.req_id ?? undefined },
                opts: { jobId: r.job_id ?? r.id, ...(r.delay_ms > 0 ? { delay: Math.round(r.delay_ms) } : {}) },
              })),
            ),
          ),
        ),
        sendTimeoutMs,
      );
      await client.query(`UPDATE outbox SET sent_at = now() WHERE id = ANY($1::uuid[])`, [rows.map((r) => r.id)]);
      await client.query('COMMIT');
      return rows.map((r) => ({
        id: r.id,
        queue: r.queue,
        job: r.job,
        payload: r.payload,
        reqId: r.req_id,
        createdAt: r.created_at,
        jobId: r.job_id ?? r.id,
      }));
    } catch (err) {
      await client.query('ROLLBACK').catch(() => {});
      throw err;
    } finally {
      client.release();
    }
  }

  const marker = `${options.prefix}:outbox:${databaseName(db)}`;
  /** Sends again what a Redis that lost its data may have lost; the marker goes in last, so a crash here redoes it. */
  async function resendIfRedisLost(): Promise<void> {
    if ((await withTimeout(options.connection.exists(marker), sendTimeoutMs)) === 1) return;
    const { rowCount } = await pool.query(`UPDATE outbox SET sent_at = NULL WHERE sent_at IS NOT NULL`);
    await withTimeout(options.connection.set(marker, new Date().toISOString()), sendTimeoutMs);
    if (rowCount) log.warn({ events: rowCount }, 'outbox: Redis lost its data; the events it may have lost are sent again');
  }

  async function prune(): Promise<void> {
    await pool.query(`DELETE FROM outbox WHERE sent_at < now() - make_interval(secs => $1)`, [keepSentMs / 1000]);
  }

  // LISTEN needs a connection of its own, outside the pool; without it the relay still works by polling.
  let listener: pg.Client | null = null;
  async function listen(): Promise<void> {
    if (!url || listener) return;
    const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5000 });
    client.on('notification', wake);
    client.on('error', (err) => {
      log.warn({ err }, 'outbox listener lost; polling until it is back');
      listener = null;
      void client.end().catch(() => {});
    });
    try {
      await client.connect();
      await client.query(`LISTEN ${outboxChannel}`);
      listener = client;
    } catch (err) {
      log.warn({ err }, 'outbox listener could not start; polling');
      await client.end().catch(() => {});
    }
  }

  const loop = (async () => {
    let failures = 0;
    let lastPrune = 0;
    while (!stopped) {
      if (!listener) await listen();
      pending = false;
      try {
        await resendIfRedisLost();
        const relayed = await relayBatch();
        if (failures > 0) log.info({ events: relayed.length }, 'outbox relay sends again');
        failures = 0;
        if (relayed.length > 0 && options.onRelayed) {
          await options.onRelayed(relayed).catch((err: unknown) => log.error({ err }, 'outbox: a relayed-event handler failed'));
        }
        if (Date.now() - lastPrune > 600_000) {
          lastPrune = Date.now();
          await prune();
        }
        if (relayed.length === batchSize) continue;
      } catch (err) {
        failures++;
        if (failures === 1 || failures % 20 === 0) log.warn({ err, failures }, 'outbox relay cannot send; events stay pending');
        if (!stopped) await sleep(Math.min(5000, 100 * 2 ** Math.min(failures, 6)));
        continue;
      }
      if (!stopped) await idle(pollMs);
    }
  })();

  return {
    wake,
    stop: async () => {
      stopped = true;
      wakeUp?.();
      await loop;
      await listener?.end().catch(() => {});
      await pool.end().catch(() => {});
      await Promise.all([...queues.values()].map((q) => q.close().catch(() => {})));
    },
  };
}

/** A relay on a Redis connection of its own, failing fast while Redis is away (no row stays locked waiting), closed with it. */
export function startOwnOutboxRelay(
  redisUrl: string,
  connectionName: string,
  options: Omit<OutboxRelayOptions, 'connection'>,
): OutboxRelay {
  const connection = createRedis(redisUrl, connectionName, { failFast: true });
  connection.on('error', () => {}); // the relay logs what it could not send
  const relay = startOutboxRelay({ ...options, connection });
  return {
    wake: relay.wake,
    stop: async () => {
      await relay.stop();
      connection.disconnect();
    },
  };
}

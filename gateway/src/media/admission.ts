import type { RequestHandler, Response } from 'express';
import { Counter, Gauge, type Registry } from 'prom-client';
import { ErrorCode, sendError, type Viewer } from '@zaffa/shared';

export interface AdmissionOptions {
  /** Uploads read at once. */
  concurrency: number;
  /** Uploads that may wait for a slot; past it, a newcomer is told to come back later. */
  queueLimit: number;
  /** The longest an upload waits for a slot; one that would wait longer is refused at once, not at the end. */
  maxWaitMs: number;
}

interface Waiter {
  admit: () => void;
  refuse: (reason: string, retryAfterS: number) => void;
}

/**
 * Reads at most `concurrency` uploads at once; the others wait unread (their sockets paused, so their bytes
 * stay in the kernel's TCP windows and the clients' buffers, not in our memory). A freed slot goes to the
 * waiting user who holds the fewest slots, so one user's burst cannot starve everyone else. The line is
 * bounded in length and in time: an upload that cannot start within `maxWaitMs` (judged from how long
 * uploads take now) gets a 503 with `Retry-After` at once, instead of an answer after its client gave up.
 */
export function uploadAdmission(options: AdmissionOptions, registry: Registry): RequestHandler {
  const refusals = new Counter({
    name: 'upload_admission_refusals_total',
    help: 'Uploads answered 503 with Retry-After before being read, by reason (queue_full, would_wait_too_long, waited_too_long).',
    labelNames: ['reason'] as const,
    registers: [registry],
  });
  const waitingGauge = new Gauge({ name: 'upload_admission_waiting', help: 'Uploads waiting for a slot.', registers: [registry] });
  const activeByUser = new Map<string, number>();
  const waitingByUser = new Map<string, Waiter[]>();
  let active = 0;
  let waiting = 0;
  /** Moving average of how long an upload holds its slot, in ms. */
  let holdMs = 0;

  const predictedWaitMs = () => ((waiting + 1) / options.concurrency) * holdMs;
  const retryAfterS = () => Math.min(60, Math.max(1, Math.ceil(predictedWaitMs() / 1000)));

  const admitNext = () => {
    while (active < options.concurrency && waiting > 0) {
      // The waiting user holding the fewest slots; Map order (oldest first) breaks ties.
      let chosen: string | undefined;
      for (const user of waitingByUser.keys()) {
        if (chosen === undefined || (activeByUser.get(user) ?? 0) < (activeByUser.get(chosen) ?? 0)) chosen = user;
      }
      const line = waitingByUser.get(chosen!)!;
      const next = line.shift()!;
      waitingByUser.delete(chosen!);
      // To the back of the round: the next tie goes to someone else.
      if (line.length > 0) waitingByUser.set(chosen!, line);
      waiting--;
      next.admit();
    }
    waitingGauge.set(waiting);
  };

  const refuse = (res: Response, reason: string, retryAfter: number) => {
    refusals.inc({ reason });
    res.setHeader('Retry-After', String(retryAfter));
    // Its body stays unread: close the connection once answered rather than read megabytes to keep it.
    res.setHeader('Connection', 'close');
    res.req.socket.resume();
    sendError(res, 503, ErrorCode.SERVICE_UNAVAILABLE, 'Too many uploads at once; try again after the time in Retry-After', {
      retryAfter,
    });
  };

  return (req, res, next) => {
    if (!req.is('multipart/form-data')) return next();
    const user = (res.locals.viewer as Viewer).id;
    if (waiting >= options.queueLimit) return refuse(res, 'queue_full', retryAfterS());
    if (active >= options.concurrency && predictedWaitMs() > options.maxWaitMs) return refuse(res, 'would_wait_too_long', retryAfterS());

    let state: 'waiting' | 'active' | 'done' = 'waiting';
    let admittedAt = 0;
    const admit = () => {
      clearTimeout(deadline);
      state = 'active';
      admittedAt = performance.now();
      active++;
      activeByUser.set(user, (activeByUser.get(user) ?? 0) + 1);
      req.socket.resume();
      next();
    };
    const waiter: Waiter = {
      admit,
      refuse: (reason, retryAfter) => {
        state = 'done';
        refuse(res, reason, retryAfter);
      },
    };
    const leave = () => {
      const line = waitingByUser.get(user);
      const at = line?.indexOf(waiter) ?? -1;
      if (at < 0) return;
      line!.splice(at, 1);
      if (line!.length === 0) waitingByUser.delete(user);
      waiting--;
      waitingGauge.set(waiting);
    };
    const deadline = setTimeout(() => {
      leave();
      waiter.refuse('waited_too_long', retryAfterS());
    }, options.maxWaitMs);
    deadline.unref();

    res.once('close', () => {
      clearTimeout(deadline);
      if (state === 'waiting') leave();
      if (state !== 'active') return;
      state = 'done';
      active--;
      const held = (activeByUser.get(user) ?? 1) - 1;
      if (held > 0) activeByUser.set(user, held);
      else activeByUser.delete(user);
      const ms = performance.now() - admittedAt;
      holdMs = holdMs === 0 ? ms : holdMs * 0.9 + ms * 0.1;
      admitNext();
    });

    if (active < options.concurrency) return admit();
    // Stop reading this socket at once: what the client sends next waits in its TCP window, not here.
    req.socket.pause();
    const line = waitingByUser.get(user);
    if (line) line.push(waiter);
    else waitingByUser.set(user, [waiter]);
    waiting++;
    waitingGauge.set(waiting);
  };
}

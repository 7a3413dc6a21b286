import type { Redis } from 'ioredis';
import { EventStream } from './eventStream.ts';

/** What travels on a channel: the payload and when it was published (ms since epoch), to measure delivery lag. */
export interface PublishedEvent<T = unknown> {
  payload: T;
  publishedAt: number;
}

/**
 * Subscription events over Redis pub/sub: any process publishes, every subscribed process hears it,
 * so any instance of a subgraph delivers any event. One subscriber connection per process, opened on
 * first use; each topic is subscribed in Redis once, however many local listeners it has.
 * Publish only after the change committed: a subscriber must never hear of what was rolled back.
 */
export class EventBus {
  readonly #redis: Redis;
  readonly #prefix: string;
  #subscriber: Redis | undefined;
  readonly #listeners = new Map<string, Set<(event: PublishedEvent) => void>>();
  /** Each channel's SUBSCRIBE, so a second listener also waits until Redis has confirmed it. */
  readonly #subscribed = new Map<string, Promise<unknown>>();

  constructor(redis: Redis, prefix: string) {
    this.#redis = redis;
    this.#prefix = `${prefix}:events:`;
  }

  /** Sends one event to every subscriber of `topic`, on every instance; resolves with how many processes heard it. */
  publish(topic: string, payload: unknown): Promise<number> {
    const event: PublishedEvent = { payload, publishedAt: Date.now() };
    return this.#redis.publish(this.#prefix + topic, JSON.stringify(event));
  }

  /**
   * The events of the given topics, from the moment this resolves (Redis has confirmed the subscription)
   * until the stream is returned. A consumer that falls `bufferSize` events behind gets an error instead
   * of an ever-growing queue.
   */
  async subscribe<T>(topics: string[], bufferSize = 1000): Promise<EventStream<PublishedEvent<T>>> {
    const subscriber = this.#connect();
    const stream = new EventStream<PublishedEvent<T>>(bufferSize, () => this.#remove(topics, listener));
    const listener = (event: PublishedEvent) => stream.push(event as PublishedEvent<T>);
    const fresh: string[] = [];
    for (const topic of topics) {
      const channel = this.#prefix + topic;
      let set = this.#listeners.get(channel);
      if (!set) {
        set = new Set();
        this.#listeners.set(channel, set);
        fresh.push(channel);
      }
      set.add(listener);
    }
    if (fresh.length > 0) {
      const confirmed = subscriber.subscribe(...fresh);
      for (const channel of fresh) this.#subscribed.set(channel, confirmed);
    }
    try {
      await Promise.all(topics.map((topic) => this.#subscribed.get(this.#prefix + topic)));
    } catch (err) {
      await stream.return();
      throw err;
    }
    return stream;
  }

  /** Listeners on this process, for tests and metrics. */
  get listenerCount(): number {
    let n = 0;
    for (const set of this.#listeners.values()) n += set.size;
    return n;
  }

  async close(): Promise<void> {
    this.#listeners.clear();
    this.#subscribed.clear();
    this.#subscriber?.disconnect();
    this.#subscriber = undefined;
  }

  #connect(): Redis {
    if (this.#subscriber) return this.#subscriber;
    // A connection in subscriber mode can do nothing else, so it is its own; ioredis resubscribes after a reconnect.
    const subscriber = this.#redis.duplicate({ connectionName: `${this.#redis.options.connectionName ?? 'zaffa'}-events` });
    subscriber.on('message', (channel: string, message: string) => {
      const set = this.#listeners.get(channel);
      if (!set || set.size === 0) return;
      let event: PublishedEvent;
      try {
        event = JSON.parse(message) as PublishedEvent;
      } catch {
        return;
      }
      for (const listener of set) listener(event);
    });
    // Errors are retried by ioredis; an unhandled 'error' event would crash the process.
    subscriber.on('error', () => {});
    this.#subscriber = subscriber;
    return subscriber;
  }

  #remove(topics: string[], listener: (event: PublishedEvent) => void): void {
    const gone: string[] = [];
    for (const topic of topics) {
      const channel = this.#prefix + topic;
      const set = this.#listeners.get(channel);
      if (!set) continue;
      set.delete(listener);
      if (set.size === 0) {
        this.#listeners.delete(channel);
        this.#subscribed.delete(channel);
        gone.push(channel);
      }
    }
    if (gone.length > 0) this.#subscriber?.unsubscribe(...gone).catch(() => {});
  }
}

/** Raised into a consumer that let too many events pile up. */
export class EventBufferOverflow extends Error {
  constructor(size: number) {
    super(`more than ${size} events waiting; the subscriber is too slow`);
    this.name = 'EventBufferOverflow';
  }
}

/**
 * A push-fed async iterator with a bounded queue: `push` never blocks the publisher, and a consumer that
 * lets `bufferSize` events wait is ended with EventBufferOverflow. `onClose` runs once, however it ends.
 */
export class EventStream<T> implements AsyncIterableIterator<T> {
  readonly #queue: T[] = [];
  readonly #size: number;
  #waiting: ((result: IteratorResult<T>) => void) | undefined;
  #failWaiting: ((err: Error) => void) | undefined;
  #error: Error | undefined;
  #done = false;
  #ending = false;
  readonly #onClose: () => void;

  constructor(bufferSize: number, onClose: () => void) {
    this.#size = bufferSize;
    this.#onClose = onClose;
  }

  push(value: T): void {
    if (this.#done || this.#ending) return;
    if (this.#waiting) {
      const resolve = this.#waiting;
      this.#waiting = this.#failWaiting = undefined;
      resolve({ value, done: false });
      return;
    }
    if (this.#queue.length >= this.#size) {
      this.#error = new EventBufferOverflow(this.#size);
      this.#finish();
      return;
    }
    this.#queue.push(value);
  }

  /** Ends the stream once what is queued has been read. */
  end(): void {
    this.#ending = true;
    if (this.#queue.length === 0) this.#finish();
  }

  next(): Promise<IteratorResult<T>> {
    if (this.#queue.length > 0) {
      const value = this.#queue.shift()!;
      if (this.#ending && this.#queue.length === 0) this.#finish();
      return Promise.resolve({ value, done: false });
    }
    if (this.#error) return Promise.reject(this.#error);
    if (this.#done) return Promise.resolve({ value: undefined, done: true });
    return new Promise((resolve, reject) => {
      this.#waiting = resolve;
      this.#failWaiting = reject;
    });
  }

  return(): Promise<IteratorResult<T>> {
    this.#queue.length = 0;
    this.#finish();
    return Promise.resolve({ value: undefined, done: true });
  }

  throw(err: unknown): Promise<IteratorResult<T>> {
    this.#finish();
    return Promise.reject(err instanceof Error ? err : new Error(String(err)));
  }

  [Symbol.asyncIterator](): this {
    return this;
  }

  #finish(): void {
    if (this.#done) return;
    this.#done = true;
    this.#onClose();
    if (this.#error && this.#failWaiting) this.#failWaiting(this.#error);
    else this.#waiting?.({ value: undefined, done: true });
    this.#waiting = this.#failWaiting = undefined;
  }
}

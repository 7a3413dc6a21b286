import type { EventStream, PublishedEvent } from '@zaffa/shared';

/**
 * A subscription's results from bus events: each event is read back from the database as committed (`load`),
 * and one that no longer concerns the subscriber (`load` gives null) is skipped. `publishedAt` goes on with the
 * result, for the gateway's delivery lag.
 */
export function rowsOfEvents<E, R, F extends string>(
  field: F,
  events: EventStream<PublishedEvent<E>>,
  load: (event: E) => Promise<R | null>,
): AsyncIterableIterator<Record<F, R> & { publishedAt: number }> {
  type Result = Record<F, R> & { publishedAt: number };
  const iterator: AsyncIterableIterator<Result> = {
    next: async () => {
      for (;;) {
        const step = await events.next();
        if (step.done) return { value: undefined, done: true };
        const row = await load(step.value.payload);
        if (row) return { value: { [field]: row, publishedAt: step.value.publishedAt } as Result, done: false };
      }
    },
    return: () => events.return() as Promise<IteratorResult<Result>>,
    throw: (err) => events.throw(err) as Promise<IteratorResult<Result>>,
    [Symbol.asyncIterator]: () => iterator,
  };
  return iterator;
}

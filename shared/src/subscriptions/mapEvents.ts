import { createSourceEventStream, execute, type ExecutionArgs, type ExecutionResult } from 'graphql';

/** A source event may say when it was published (ms since epoch); the result then carries it in `extensions`. */
export interface TimedEvent {
  publishedAt?: number;
}

/**
 * graphql-js's `subscribe`, except that each result carries its event's `publishedAt`, so the gateway
 * can measure delivery lag end to end, and that ending the stream ends the source at once (an async
 * generator would wait for the next event first).
 */
export async function subscribeWithTimes(args: ExecutionArgs): Promise<AsyncIterableIterator<ExecutionResult> | ExecutionResult> {
  const source = await createSourceEventStream(args);
  if (!(Symbol.asyncIterator in source)) return source;
  const events = source as AsyncIterableIterator<unknown>;
  const toResult = async (event: unknown): Promise<ExecutionResult> => {
    const result = await execute({ ...args, rootValue: event });
    const publishedAt = (event as TimedEvent | null)?.publishedAt;
    return typeof publishedAt === 'number' ? { ...result, extensions: { ...result.extensions, publishedAt } } : result;
  };
  const iterator: AsyncIterableIterator<ExecutionResult> = {
    next: async () => {
      const step = await events.next();
      return step.done ? { value: undefined, done: true } : { value: await toResult(step.value), done: false };
    },
    return: async () => {
      await events.return?.();
      return { value: undefined, done: true };
    },
    throw: async (err: unknown) => {
      await events.return?.();
      throw err;
    },
    [Symbol.asyncIterator]: () => iterator,
  };
  return iterator;
}

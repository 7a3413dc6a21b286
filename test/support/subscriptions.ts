import { createClient, type Client } from 'graphql-ws';
import type { FormattedExecutionResult } from 'graphql';
import WebSocket from 'ws';

export type Result = FormattedExecutionResult<Record<string, unknown>, Record<string, unknown>>;

/** The gateway's WebSocket URL for its HTTP GraphQL URL. */
export const wsUrl = (httpUrl: string) => httpUrl.replace(/^http/, 'ws');

/**
 * A real graphql-ws client with the token (and any other `connectionParams`) in `connection_init`; `closed`
 * resolves with the close code it saw first.
 */
export function wsClient(
  httpUrl: string,
  token: string | null,
  options: { retryAttempts?: number; connectionParams?: Record<string, unknown> } = {},
) {
  let resolveClosed: (event: { code: number; reason: string }) => void = () => {};
  const closed = new Promise<{ code: number; reason: string }>((resolve) => (resolveClosed = resolve));
  const client: Client = createClient({
    url: wsUrl(httpUrl),
    webSocketImpl: WebSocket,
    connectionParams: { ...options.connectionParams, ...(token ? { authorization: `Bearer ${token}` } : {}) },
    retryAttempts: options.retryAttempts ?? 0,
    lazy: false,
    on: { closed: (event) => resolveClosed(event as { code: number; reason: string }) },
    onNonLazyError: () => {},
  });
  return { client, closed };
}

/** A subscription's results as a queue the test reads one at a time, with a timeout naming what it waited for. */
export function subscribe(client: Client, query: string, variables: Record<string, unknown> = {}) {
  const results: Result[] = [];
  const waiters: ((r: Result | Error | null) => void)[] = [];
  let ended: Error | null | undefined;
  const deliver = (item: Result | Error | null) => {
    const waiter = waiters.shift();
    if (waiter) waiter(item);
    else if (item && !(item instanceof Error)) results.push(item);
    else ended = item;
  };
  const unsubscribe = client.subscribe<Record<string, unknown>, Record<string, unknown>>(
    { query, variables },
    {
      next: (r) => deliver(r),
      error: (err) => deliver(err instanceof Error ? err : new Error(JSON.stringify(err))),
      complete: () => deliver(null),
    },
  );
  return {
    /** The next result; rejects when the subscription ended first, or after `ms`. */
    next(ms = 20_000): Promise<Result> {
      if (results.length > 0) return Promise.resolve(results.shift()!);
      if (ended !== undefined) return Promise.reject(ended ?? new Error('subscription completed'));
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`no result within ${ms} ms for ${query}`)), ms);
        waiters.push((item) => {
          clearTimeout(timer);
          if (item && !(item instanceof Error)) resolve(item);
          else reject(item ?? new Error('subscription completed'));
        });
      });
    },
    /** Resolves when the subscription completes or errors (with the error, if any). */
    end(ms = 20_000): Promise<Error | null> {
      if (ended !== undefined) return Promise.resolve(ended);
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`not ended within ${ms} ms: ${query}`)), ms);
        const wait = (item: Result | Error | null) => {
          if (item && !(item instanceof Error)) return waiters.unshift(wait);
          clearTimeout(timer);
          resolve(item);
        };
        waiters.push(wait);
      });
    },
    unsubscribe,
  };
}

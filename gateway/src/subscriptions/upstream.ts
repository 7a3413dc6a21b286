import { createClient, type Client } from 'graphql-ws';
import type { ExecutionResult } from 'graphql';
import WebSocket from 'ws';
import { EventStream, SUBGRAPH_SECRET_PARAM, type Logger } from '@zaffa/shared';

/** What the owning subgraph said: an event, or that its connection dropped (the subscription resumes when it returns). */
export type UpstreamItem = { kind: 'event'; result: ExecutionResult } | { kind: 'interrupted' } | { kind: 'failed'; reason: string };

export interface UpstreamRequest {
  query: string;
  variables: Record<string, unknown>;
  operationName?: string;
  /** Travels in the subscribe message: each subscription is authorized by itself at the subgraph. */
  extensions: { authorization?: string; reqId: string };
}

/** How long the gateway keeps trying to reach a subgraph that went away before it gives a subscription up. */
const retryAttempts = 20;

/**
 * One graphql-ws connection per subgraph, carrying every subscription this gateway has there (a subgraph
 * instance then serves thousands of clients over a handful of sockets). When the connection drops, each
 * subscription hears `interrupted` and graphql-ws subscribes it again once the subgraph answers.
 */
export class UpstreamConnections {
  readonly #clients = new Map<string, { client: Client; active: Set<EventStream<UpstreamItem>> }>();
  readonly #urlOf: (service: string) => string;
  readonly #secret: string;
  readonly #log: Logger;

  /** `secret` is `SUBGRAPH_SECRET`, sent in each connection's `connection_init`: subgraphs answer only the gateway. */
  constructor(urlOf: (service: string) => string, secret: string, log: Logger) {
    this.#urlOf = urlOf;
    this.#secret = secret;
    this.#log = log;
  }

  subscribe(service: string, request: UpstreamRequest, bufferSize: number): EventStream<UpstreamItem> {
    const entry = this.#connection(service);
    let unsubscribe = () => {};
    const stream = new EventStream<UpstreamItem>(bufferSize, () => {
      entry.active.delete(stream);
      unsubscribe();
    });
    entry.active.add(stream);
    unsubscribe = entry.client.subscribe<Record<string, unknown>, Record<string, unknown>>(request, {
      next: (result) => stream.push({ kind: 'event', result: result as ExecutionResult }),
      error: (err) => {
        // GraphQL errors in an `error` message (a refused token, an invalid operation) are the subgraph's answer.
        if (Array.isArray(err)) stream.push({ kind: 'event', result: { errors: err } });
        else stream.push({ kind: 'failed', reason: err instanceof Error ? err.message : 'connection closed' });
        stream.end();
      },
      complete: () => stream.end(),
    });
    return stream;
  }

  async close(): Promise<void> {
    // dispose() may reject with the close it caused; the connection is gone either way.
    await Promise.allSettled([...this.#clients.values()].map(({ client }) => client.dispose()));
    this.#clients.clear();
  }

  #connection(service: string) {
    let entry = this.#clients.get(service);
    if (entry) return entry;
    const url = this.#urlOf(service).replace(/^http/, 'ws');
    const active = new Set<EventStream<UpstreamItem>>();
    let wasConnected = false;
    const client = createClient({
      url,
      webSocketImpl: WebSocket,
      connectionParams: { [SUBGRAPH_SECRET_PARAM]: this.#secret },
      lazy: true,
      lazyCloseTimeout: 1000,
      keepAlive: 10_000,
      retryAttempts,
      shouldRetry: () => true,
      retryWait: (retries) => new Promise((resolve) => setTimeout(resolve, Math.min(5000, 250 * 2 ** retries) * (0.5 + Math.random() / 2))),
      on: {
        connected: () => {
          if (wasConnected) this.#log.info({ subgraph: service }, 'subscriptions reconnected to subgraph');
          wasConnected = true;
        },
        closed: (event) => {
          if (active.size === 0) return;
          this.#log.warn(
            { subgraph: service, code: (event as { code?: number }).code, subscriptions: active.size },
            'subgraph subscription connection lost',
          );
          for (const stream of active) stream.push({ kind: 'interrupted' });
        },
      },
    });
    entry = { client, active };
    this.#clients.set(service, entry);
    return entry;
  }
}

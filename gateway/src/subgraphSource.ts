import { RemoteGraphQLDataSource, type GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import type { GatewayGraphQLResponse } from '@apollo/server-gateway-interface';
import { SpanKind, SpanStatusCode, context, trace } from '@opentelemetry/api';
import { ErrorCode, REQUEST_ID_HEADER, ZaffaError, traceCarrier, type Tracing } from '@zaffa/shared';
import type { GatewayContext } from './context.ts';
import type { SubgraphFetchDuration } from './subgraphFetchMetrics.ts';

/**
 * Calls one subgraph over pooled keep-alive connections (Node's fetch), passing on the request id
 * and the caller's bearer token so each subgraph can check for itself who is asking.
 */
export class SubgraphSource extends RemoteGraphQLDataSource<GatewayContext> {
  readonly service: string;
  readonly #duration: SubgraphFetchDuration | undefined;
  readonly #tracing: Tracing | undefined;

  constructor(service: string, url: string, duration?: SubgraphFetchDuration, tracing?: Tracing) {
    super({ url, fetcher: fetch as never });
    this.service = service;
    this.#duration = duration;
    this.#tracing = tracing;
  }

  override willSendRequest({ request, context }: GraphQLDataSourceProcessOptions<GatewayContext>): void {
    if (!('reqId' in context)) return;
    request.http?.headers.set(REQUEST_ID_HEADER, context.reqId);
    if (context.authorization) request.http?.headers.set('authorization', context.authorization);
    for (const [name, value] of Object.entries(traceCarrier())) request.http?.headers.set(name, value);
  }

  /** A subgraph that cannot be reached costs its fields, named in an error a client can act on; never the whole answer. */
  override async process(options: GraphQLDataSourceProcessOptions<GatewayContext>): Promise<GatewayGraphQLResponse> {
    if (!this.#tracing?.enabled) return this.#fetch(options);
    // A client span per fetch; its context goes to the subgraph as `traceparent` (willSendRequest).
    const span = this.#tracing.tracer.startSpan(`subgraph ${this.service}`, {
      kind: SpanKind.CLIENT,
      attributes: { 'zaffa.subgraph': this.service, 'graphql.operation.name': options.request.operationName ?? '' },
    });
    try {
      const response = await context.with(trace.setSpan(context.active(), span), () => this.#fetch(options));
      if (response.errors?.length) span.setStatus({ code: SpanStatusCode.ERROR });
      return response;
    } catch (err) {
      span.setStatus({ code: SpanStatusCode.ERROR, message: err instanceof Error ? err.message : String(err) });
      throw err;
    } finally {
      span.end();
    }
  }

  async #fetch(options: GraphQLDataSourceProcessOptions<GatewayContext>): Promise<GatewayGraphQLResponse> {
    const started = performance.now();
    const observe = (outcome: 'ok' | 'error' | 'unavailable') =>
      this.#duration?.observe({ subgraph: this.service, outcome }, (performance.now() - started) / 1000);
    try {
      const response = await super.process(options);
      observe(response.errors?.length ? 'error' : 'ok');
      return response;
    } catch (err) {
      observe('unavailable');
      if (err instanceof Error && err.name === 'TypeError') {
        throw new ZaffaError(ErrorCode.SERVICE_UNAVAILABLE, `The ${this.service} service is unavailable; try again shortly`, {
          service: this.service,
        });
      }
      throw err;
    }
  }
}

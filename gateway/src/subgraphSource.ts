import { RemoteGraphQLDataSource, type GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import type { GatewayGraphQLResponse } from '@apollo/server-gateway-interface';
import { SpanKind, SpanStatusCode, context, trace } from '@opentelemetry/api';
import { CLIENT_ADDRESS_HEADER, ErrorCode, REQUEST_ID_HEADER, ZaffaError, traceCarrier, type Tracing } from '@zaffa/shared';
import type { GatewayContext } from './context.ts';
import { SubgraphUnreachable } from './fetching/subgraphClient.ts';
import type { SubgraphFetcher } from './fetching/subgraphFetcher.ts';
import type { SubgraphFetchDuration } from './subgraphFetchMetrics.ts';

/**
 * Calls one subgraph (through `fetching/`: a keep-alive pool, identical queries in flight shared), passing on the
 * request id, the caller's bearer token and address so each subgraph can check for itself who is asking.
 */
export class SubgraphSource extends RemoteGraphQLDataSource<GatewayContext> {
  readonly service: string;
  readonly #subgraph: SubgraphFetcher;
  readonly #duration: SubgraphFetchDuration | undefined;
  readonly #tracing: Tracing | undefined;

  constructor(service: string, url: string, subgraph: SubgraphFetcher, duration?: SubgraphFetchDuration, tracing?: Tracing) {
    super({ url, fetcher: fetch as never });
    this.service = service;
    this.#subgraph = subgraph;
    this.#duration = duration;
    this.#tracing = tracing;
  }

  /** What travels with the call; the fetcher shares an in-flight call only between callers with the same headers. */
  #headersFor(ctx: Partial<GatewayContext>): Record<string, string> {
    if (!ctx.reqId) return {};
    return {
      [REQUEST_ID_HEADER]: ctx.reqId,
      ...(ctx.authorization ? { authorization: ctx.authorization } : {}),
      ...(ctx.clientAddress ? { [CLIENT_ADDRESS_HEADER]: ctx.clientAddress } : {}),
      ...traceCarrier(),
    };
  }

  override willSendRequest({ request, context: ctx }: GraphQLDataSourceProcessOptions<GatewayContext>): void {
    if (!('reqId' in ctx)) return;
    for (const [name, value] of Object.entries(this.#headersFor(ctx))) request.http?.headers.set(name, value);
  }

  /** A subgraph that cannot be reached costs its fields, named in an error a client can act on; never the whole answer. */
  override async process(options: GraphQLDataSourceProcessOptions<GatewayContext>): Promise<GatewayGraphQLResponse> {
    if (!this.#tracing?.enabled) return this.#fetch(options);
    // A client span per fetch; its context goes to the subgraph as `traceparent` (#headersFor).
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
      const response = await this.#subgraph.process(options, this.#headersFor(options.context));
      observe(response.errors?.length ? 'error' : 'ok');
      return response;
    } catch (err) {
      observe('unavailable');
      if (err instanceof SubgraphUnreachable || (err instanceof Error && err.name === 'TypeError')) {
        throw new ZaffaError(ErrorCode.SERVICE_UNAVAILABLE, `The ${this.service} service is unavailable; try again shortly`, {
          service: this.service,
        });
      }
      throw err;
    }
  }
}

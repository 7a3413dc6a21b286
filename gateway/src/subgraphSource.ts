import { RemoteGraphQLDataSource, type GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import type { GatewayGraphQLResponse } from '@apollo/server-gateway-interface';
import { ErrorCode, REQUEST_ID_HEADER, ZaffaError } from '@zaffa/shared';
import type { GatewayContext } from './context.ts';
import { forwardUploads, hasUploads } from './media/index.ts';
import type { SubgraphFetchDuration } from './subgraphFetchMetrics.ts';

/**
 * Calls one subgraph over pooled keep-alive connections (Node's fetch), passing on the request id
 * and the caller's bearer token so each subgraph can check for itself who is asking.
 */
export class SubgraphSource extends RemoteGraphQLDataSource<GatewayContext> {
  readonly service: string;
  readonly #duration: SubgraphFetchDuration | undefined;

  constructor(service: string, url: string, duration?: SubgraphFetchDuration) {
    super({ url, fetcher: fetch as never });
    this.service = service;
    this.#duration = duration;
  }

  override willSendRequest({ request, context }: GraphQLDataSourceProcessOptions<GatewayContext>): void {
    if (!('reqId' in context)) return;
    request.http?.headers.set(REQUEST_ID_HEADER, context.reqId);
    if (context.authorization) request.http?.headers.set('authorization', context.authorization);
  }

  /** A subgraph that cannot be reached costs its fields, named in an error a client can act on; never the whole answer. */
  override async process(options: GraphQLDataSourceProcessOptions<GatewayContext>): Promise<GatewayGraphQLResponse> {
    const started = performance.now();
    const observe = (outcome: 'ok' | 'error' | 'unavailable') =>
      this.#duration?.observe({ subgraph: this.service, outcome }, (performance.now() - started) / 1000);
    try {
      const response = hasUploads(options.request.variables) ? await forwardUploads(this, options) : await super.process(options);
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

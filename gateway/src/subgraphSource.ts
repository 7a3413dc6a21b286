import { RemoteGraphQLDataSource, type GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import type { GatewayGraphQLResponse } from '@apollo/server-gateway-interface';
import { ErrorCode, REQUEST_ID_HEADER, ZaffaError } from '@zaffa/shared';
import type { GatewayContext } from './context.ts';
import { SubgraphUnreachable } from './fetching/subgraphClient.ts';
import type { SubgraphFetcher } from './fetching/subgraphFetcher.ts';
import { forwardUploads, hasUploads } from './media/index.ts';

/** Only a multipart request carries files: other requests' variables (entity representations) are not searched for them. */
const cameAsMultipart = (options: GraphQLDataSourceProcessOptions<GatewayContext>) =>
  'incomingRequestContext' in options &&
  !!options.incomingRequestContext.request.http?.headers.get('content-type')?.startsWith('multipart/form-data');

/**
 * Calls one subgraph (through `fetching/`: a keep-alive pool, identical queries in flight shared),
 * passing on the request id and the caller's bearer token so each subgraph can check for itself who is asking.
 */
export class SubgraphSource extends RemoteGraphQLDataSource<GatewayContext> {
  readonly service: string;

  private readonly subgraph: SubgraphFetcher;

  constructor(service: string, url: string, subgraph: SubgraphFetcher) {
    super({ url, fetcher: fetch as never });
    this.service = service;
    this.subgraph = subgraph;
  }

  private headersFor(context: Partial<GatewayContext>): Record<string, string> {
    if (!context.reqId) return {};
    return { [REQUEST_ID_HEADER]: context.reqId, ...(context.authorization ? { authorization: context.authorization } : {}) };
  }

  override willSendRequest({ request, context }: GraphQLDataSourceProcessOptions<GatewayContext>): void {
    if (!('reqId' in context)) return;
    request.http?.headers.set(REQUEST_ID_HEADER, context.reqId);
    if (context.authorization) request.http?.headers.set('authorization', context.authorization);
  }

  /** A subgraph that cannot be reached costs its fields, named in an error a client can act on; never the whole answer. */
  override async process(options: GraphQLDataSourceProcessOptions<GatewayContext>): Promise<GatewayGraphQLResponse> {
    try {
      if (cameAsMultipart(options) && hasUploads(options.request.variables)) return await forwardUploads(this, options);
      return await this.subgraph.process(options, this.headersFor(options.context));
    } catch (err) {
      if (err instanceof SubgraphUnreachable || (err instanceof Error && err.name === 'TypeError')) {
        throw new ZaffaError(ErrorCode.SERVICE_UNAVAILABLE, `The ${this.service} service is unavailable; try again shortly`, {
          service: this.service,
        });
      }
      throw err;
    }
  }
}

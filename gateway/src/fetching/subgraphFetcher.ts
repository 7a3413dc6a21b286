import type { GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import type { GatewayGraphQLResponse } from '@apollo/server-gateway-interface';
import { GraphQLError } from 'graphql';
import type { Metrics } from '@zaffa/shared';
import { InFlight } from './inflight.ts';
import { SubgraphClient, type SubgraphReply } from './subgraphClient.ts';

export interface FetchingOptions {
  /** Identical queries in flight at once (same subgraph, operation, variables and caller) share one subgraph call. */
  dedup: boolean;
  /** Keep-alive connections to each subgraph. */
  connections: number;
  metrics?: Metrics;
  /** Sent on every call (`SUBGRAPH_SECRET`'s header); the same for every caller, so left out of the sharing key. */
  gatewayHeaders?: Record<string, string>;
}

/** The operations of a client's request, as opposed to health checks and schema loading. */
const incoming = 'incoming operation';

/** Headers a subgraph's answer does not depend on, left out of the sharing key. */
// Headers that name the call, not what it asks: the answer is the same whatever they say.
const perCallHeaders = new Set(['x-request-id', 'traceparent', 'tracestate']);

/**
 * Sends the gateway's subgraph operations: one JSON serialisation and one parse per call, over a
 * keep-alive pool, and queries in flight shared between identical callers. Mutations are never
 * shared, and the caller's authorization is part of the key, so no viewer ever gets another's answer.
 */
export class SubgraphFetcher {
  readonly service: string;
  private readonly options: FetchingOptions;
  private readonly client: SubgraphClient;
  private readonly inflight = new InFlight<SubgraphReply>();

  constructor(service: string, url: string, options: FetchingOptions) {
    this.service = service;
    this.options = options;
    this.client = new SubgraphClient(url, options.connections, options.gatewayHeaders);
  }

  async process<T extends object>(
    options: GraphQLDataSourceProcessOptions<T>,
    headers: Record<string, string>,
  ): Promise<GatewayGraphQLResponse> {
    const { request } = options;
    if (!request.query) throw new Error('Missing query');
    for (const [name, value] of request.http?.headers ?? []) headers[name] ??= value;
    headers['content-type'] = 'application/json';
    const body = JSON.stringify({
      query: request.query,
      variables: request.variables,
      operationName: request.operationName,
      extensions: request.extensions,
    });
    const reply = this.shareable(options) ? await this.shared(body, headers) : await this.client.post(body, headers);
    const response = this.parse(reply);
    this.restrictCachePolicy(options, reply.cacheControl);
    return response;
  }

  close(): Promise<void> {
    return this.client.close();
  }

  private shareable<T extends object>(options: GraphQLDataSourceProcessOptions<T>): boolean {
    return (
      this.options.dedup &&
      options.kind === incoming &&
      'incomingRequestContext' in options &&
      options.incomingRequestContext.operation?.operation === 'query'
    );
  }

  private shared(body: string, headers: Record<string, string>): Promise<SubgraphReply> {
    const caller = Object.entries(headers)
      .filter(([name]) => !perCallHeaders.has(name))
      .sort(([a], [b]) => (a < b ? -1 : 1))
      .map(([name, value]) => `${name}:${value}`)
      .join('\n');
    const { answer, joined } = this.inflight.share(`${caller}\n\n${body}`, () => this.client.post(body, headers));
    this.options.metrics?.cacheLookups.inc({ cache: `subgraph_inflight_${this.service}`, outcome: joined ? 'joined' : 'miss' });
    return answer;
  }

  /** The answer as `RemoteGraphQLDataSource` gives it: a non-2xx status is an error carrying the body. */
  private parse(reply: SubgraphReply): GatewayGraphQLResponse {
    const json = reply.contentType?.startsWith('application/json') || reply.contentType?.startsWith('application/graphql-response+json');
    const body: unknown = json ? JSON.parse(reply.text) : reply.text;
    if (reply.status < 200 || reply.status > 299) {
      const statusText = SubgraphClient.statusText(reply.status);
      const code = reply.status === 401 ? 'UNAUTHENTICATED' : reply.status === 403 ? 'FORBIDDEN' : undefined;
      throw new GraphQLError(`${reply.status}: ${statusText}`, {
        extensions: { response: { url: this.client.url, status: reply.status, statusText, body }, ...(code ? { code } : {}) },
      });
    }
    if (typeof body !== 'object' || body === null) throw new Error(`Expected JSON response body, but received: ${String(body)}`);
    return body as GatewayGraphQLResponse;
  }

  /** The subgraph's `Cache-Control` narrows the whole answer's cache policy, as the stock data source does. */
  private restrictCachePolicy<T extends object>(options: GraphQLDataSourceProcessOptions<T>, cacheControl: string | undefined): void {
    if (options.kind !== incoming || !('incomingRequestContext' in options)) return;
    const policy = options.incomingRequestContext.overallCachePolicy;
    if (!policy || !('restrict' in policy)) return;
    const directives = new Map(
      (cacheControl ?? '').split(',').map((part) => {
        const [name = '', value] = part.trim().split(/\s*=\s*/, 2);
        return [name, value === undefined ? true : value.replace(/^"|"$/g, '')] as const;
      }),
    );
    const maxAge = directives.get('max-age');
    policy.restrict({
      maxAge: typeof maxAge === 'string' && /^[0-9]+$/.test(maxAge) ? Number(maxAge) : 0,
      ...(directives.get('public') === true
        ? { scope: 'PUBLIC' as const }
        : directives.get('private') === true
          ? { scope: 'PRIVATE' as const }
          : {}),
    });
  }
}

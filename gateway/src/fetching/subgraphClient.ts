import { STATUS_CODES } from 'node:http';
import { Pool } from 'undici';

/** A subgraph's raw answer: kept as text so callers that share it each parse their own copy. */
export interface SubgraphReply {
  status: number;
  contentType: string | undefined;
  cacheControl: string | undefined;
  text: string;
}

/** The subgraph could not be reached or hung up: the caller names the service as unavailable. */
export class SubgraphUnreachable extends Error {
  override name = 'SubgraphUnreachable';
}

/**
 * POSTs GraphQL bodies to one subgraph over a pool of keep-alive connections (undici), with no
 * per-call Request, Headers or agent objects: the body is serialised once by the caller, the reply
 * read once as text.
 */
export class SubgraphClient {
  readonly url: string;
  private readonly pool: Pool;
  private readonly path: string;
  private readonly gatewayHeaders: Record<string, string>;

  /** `gatewayHeaders` go on every call, after the caller's: the same for all, so never part of what calls share. */
  constructor(url: string, connections: number, gatewayHeaders: Record<string, string> = {}) {
    this.url = url;
    this.gatewayHeaders = gatewayHeaders;
    const target = new URL(url);
    this.path = `${target.pathname}${target.search}`;
    this.pool = new Pool(target.origin, { connections, pipelining: 1, keepAliveTimeout: 30_000 });
  }

  async post(body: string, headers: Record<string, string>): Promise<SubgraphReply> {
    let res;
    try {
      res = await this.pool.request({ path: this.path, method: 'POST', headers: { ...headers, ...this.gatewayHeaders }, body });
    } catch (err) {
      throw new SubgraphUnreachable(`${this.url}: ${err instanceof Error ? err.message : String(err)}`, { cause: err });
    }
    const text = await res.body.text();
    const header = (name: string) => {
      const value = res.headers[name];
      return Array.isArray(value) ? value.join(', ') : value;
    };
    return { status: res.statusCode, contentType: header('content-type'), cacheControl: header('cache-control'), text };
  }

  static statusText(status: number): string {
    return STATUS_CODES[status] ?? '';
  }

  close(): Promise<void> {
    return this.pool.close();
  }
}

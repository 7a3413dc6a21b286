import type { Viewer } from '@zaffa/shared';

export interface GatewayContext {
  reqId: string;
  viewer: Viewer | null;
  /** The verified `Authorization` header, passed on to subgraphs as it came. */
  authorization?: string;
  /** The client's address (after `TRUST_PROXY`), passed on for per-client throttles. */
  clientAddress?: string;
}

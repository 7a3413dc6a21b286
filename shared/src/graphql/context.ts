import type { Logger } from 'pino';

export type Role = 'COUPLE' | 'VENDOR' | 'STAFF';

/** Who is asking, as proven by a verified access token. */
export interface Viewer {
  id: string;
  role: Role;
}

/** What every subgraph's resolvers receive; each subgraph extends it with its loaders and stores. */
export interface BaseContext {
  reqId: string;
  log: Logger;
  viewer: Viewer | null;
  /** The client's address as the gateway saw it; null when unknown. */
  clientAddress: string | null;
}

/** The usual subgraph context: the base, the service's dependencies and its per-request DataLoaders. */
export interface SubgraphContext<Deps, Loaders> extends BaseContext {
  deps: Deps;
  loaders: Loaders;
}

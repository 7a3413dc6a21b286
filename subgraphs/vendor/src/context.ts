import type { SubgraphContext, SubgraphDeps } from '@zaffa/shared';
import type { Loaders } from './loaders.ts';
import type { SearchCache } from './search/searchCache.ts';
import type { VendorSettings } from './config.ts';

export type VendorDeps = SubgraphDeps<VendorSettings>;

export type Context = SubgraphContext<VendorDeps, Loaders> & { searchCache: SearchCache };

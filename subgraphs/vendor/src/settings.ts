import { loadConfig } from '@zaffa/shared';

export const vendorVariables = ['QUEUE_PREFIX', 'SEARCH_CACHE_TTL_S'] as const;

export const loadVendorSettings = (env: NodeJS.ProcessEnv) => loadConfig(vendorVariables, env);

export type VendorSettings = ReturnType<typeof loadVendorSettings>;

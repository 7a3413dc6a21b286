import { vendor } from '@zaffa/vendor';
import { openSubgraphDatabase } from './subgraphDatabase.ts';

/** The vendor subgraph's database, as the environment names it, migrated. */
export const openVendorDatabase = (env: NodeJS.ProcessEnv = process.env) => openSubgraphDatabase(vendor, env);

import { serveSubgraph } from '@zaffa/shared';
import { vendor } from './subgraph.ts';

await serveSubgraph(vendor);

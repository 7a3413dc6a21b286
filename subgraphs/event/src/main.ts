import { serveSubgraph } from '@zaffa/shared';
import { event } from './subgraph.ts';

await serveSubgraph(event);

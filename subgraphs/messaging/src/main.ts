import { serveSubgraph } from '@zaffa/shared';
import { messaging } from './subgraph.ts';

await serveSubgraph(messaging);

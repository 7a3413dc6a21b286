import { serveSubgraph } from '@zaffa/shared';
import { media } from './subgraph.ts';

await serveSubgraph(media);

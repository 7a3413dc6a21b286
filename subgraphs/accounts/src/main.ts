import { serveSubgraph } from '@zaffa/shared';
import { accounts } from './subgraph.ts';

await serveSubgraph(accounts);

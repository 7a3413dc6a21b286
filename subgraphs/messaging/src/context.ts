import type { SubgraphContext, SubgraphDeps } from '@zaffa/shared';
import type { Loaders } from './loaders.ts';

export type Context = SubgraphContext<SubgraphDeps, Loaders>;

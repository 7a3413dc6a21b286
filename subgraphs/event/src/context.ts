import type { SubgraphContext } from '@zaffa/shared';
import type { EventDeps } from './deps.ts';
import type { Loaders } from './loaders.ts';

export type Context = SubgraphContext<EventDeps, Loaders>;

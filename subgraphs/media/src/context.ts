import type { SubgraphContext, SubgraphDeps } from '@zaffa/shared';
import type { Loaders } from './loaders.ts';
import type { MediaSettings } from './config.ts';

export type Context = SubgraphContext<SubgraphDeps<MediaSettings>, Loaders>;

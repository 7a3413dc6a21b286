import type { SubgraphContext, SubgraphDeps } from '@zaffa/shared';
import type { SessionDeps } from './auth/sessions.ts';
import type { Loaders } from './loaders.ts';
import type { AccountsSettings } from './config.ts';

export interface Context extends SubgraphContext<SubgraphDeps<AccountsSettings>, Loaders> {
  sessions: SessionDeps;
}

import { createLocalJWKSet } from 'jose';
import { readFileSync } from 'node:fs';
import type { SubgraphDefinition, SubgraphDeps } from '@zaffa/shared';
import { loadSigningKey, type SigningKey } from './auth/signingKey.ts';
import type { Context } from './context.ts';
import { RefreshTokenEntity } from './entities/RefreshToken.ts';
import { UserEntity } from './entities/User.ts';
import { createLoaders } from './loaders.ts';
import { migrations } from './migrations/index.ts';
import { resolvers } from './resolvers/index.ts';
import { jwksRoute } from './routes.ts';
import { loadAccountsSettings, type AccountsSettings } from './settings.ts';

/** The signing key is read (or made) once per process, on first use. */
const keys = new WeakMap<SubgraphDeps<AccountsSettings>, Promise<SigningKey>>();
function signingKey(deps: SubgraphDeps<AccountsSettings>): () => Promise<SigningKey> {
  return () => {
    let key = keys.get(deps);
    if (!key) {
      key = loadSigningKey(deps.db, deps.settings.JWT_PRIVATE_KEY, deps.settings.NODE_ENV === 'production');
      keys.set(deps, key);
    }
    return key;
  };
}

export const accounts: SubgraphDefinition<Context, AccountsSettings> = {
  name: 'accounts',
  typeDefs: readFileSync(new URL('./schema.graphql', import.meta.url), 'utf8'),
  resolvers,
  entities: [UserEntity, RefreshTokenEntity],
  migrations,
  settings: loadAccountsSettings,
  context: (base, deps) => ({ ...base, deps, loaders: createLoaders(deps.db), sessions: { db: deps.db, settings: deps.settings, signingKey: signingKey(deps) } }),
  routes: (app, deps) => jwksRoute(app, signingKey(deps)),
  // Accounts checks tokens against the key it holds rather than asking itself over HTTP.
  tokenKeys: (deps) => async (header, token) => createLocalJWKSet({ keys: [(await signingKey(deps)()).publicJwk] })(header, token),
};

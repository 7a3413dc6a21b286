import { createLocalJWKSet } from 'jose';
import { readFileSync } from 'node:fs';
import type { SubgraphDefinition, SubgraphDeps } from '@zaffa/shared';
import type { SessionDeps } from './auth/sessions.ts';
import { createSignInThrottle } from './auth/signInThrottle.ts';
import { loadSigningKey, type SigningKey } from './auth/signingKey.ts';
import type { Context } from './context.ts';
import { RefreshTokenEntity } from './entities/RefreshToken.ts';
import { UserEntity } from './entities/User.ts';
import { createLoaders } from './loaders.ts';
import { migrations } from './migrations/index.ts';
import { resolvers } from './resolvers/index.ts';
import { jwksRoute } from './routes.ts';
import { accountsConfig, type AccountsSettings } from './config.ts';

/** What sessions need, made once per process: the signing key is read (or made) on first use. */
const sessionDeps = new WeakMap<SubgraphDeps<AccountsSettings>, SessionDeps>();
function sessionsOf(deps: SubgraphDeps<AccountsSettings>): SessionDeps {
  let sessions = sessionDeps.get(deps);
  if (!sessions) {
    let key: Promise<SigningKey> | undefined;
    sessions = {
      db: deps.db,
      settings: deps.settings,
      signingKey: () => (key ??= loadSigningKey(deps.db, deps.settings.JWT_PRIVATE_KEY, deps.settings.NODE_ENV === 'production')),
      throttle: createSignInThrottle(deps.requestRedis, deps.settings.QUEUE_PREFIX),
    };
    sessionDeps.set(deps, sessions);
  }
  return sessions;
}

export const accounts: SubgraphDefinition<Context, AccountsSettings> = {
  name: 'accounts',
  businessFields: { 'Mutation.signUp': 'sign_up' },
  typeDefs: readFileSync(new URL('./schema.graphql', import.meta.url), 'utf8'),
  resolvers,
  entities: [UserEntity, RefreshTokenEntity],
  migrations,
  config: accountsConfig,
  context: (base, deps) => ({ ...base, deps, loaders: createLoaders(deps.db), sessions: sessionsOf(deps) }),
  routes: (app, deps) => jwksRoute(app, sessionsOf(deps).signingKey),
  // Accounts checks tokens against the key it holds rather than asking itself over HTTP.
  tokenKeys: (deps) => async (header, token) =>
    createLocalJWKSet({ keys: [(await sessionsOf(deps).signingKey()).publicJwk] })(header, token),
};

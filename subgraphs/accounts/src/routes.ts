import type express from 'express';
import type { SigningKey } from './auth/signingKey.ts';

/** Publishes the public key every service verifies access tokens with. */
export function jwksRoute(app: express.Express, signingKey: () => Promise<SigningKey>): void {
  app.get('/.well-known/jwks.json', async (_req, res, next) => {
    try {
      const key = await signingKey();
      res.set('cache-control', 'public, max-age=300').json({ keys: [key.publicJwk] });
    } catch (err) {
      next(err);
    }
  });
}

import express, { type Express, type RequestHandler } from 'express';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { playgroundDist } from '@zaffa/playground';
import type { Logger } from '@zaffa/shared';

/** Everything the page loads comes from this origin; no inline script or style, no frames, no plugins. */
export const playgroundCsp = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "font-src 'self' data:",
  "img-src 'self' data:",
  // `'self'` covers ws:/wss: to this host too, for subscriptions.
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

const securityHeaders: RequestHandler = (_req, res, next) => {
  res.setHeader('content-security-policy', playgroundCsp);
  res.setHeader('x-content-type-options', 'nosniff');
  res.setHeader('referrer-policy', 'no-referrer');
  res.setHeader('cross-origin-opener-policy', 'same-origin');
  next();
};

/** A browser asking for `/graphql` (HTML over JSON, no query in the URL) gets the page; API clients go on to GraphQL. */
const wantsPage = (req: express.Request) =>
  req.method === 'GET' &&
  req.query.query === undefined &&
  req.accepts(['application/json', 'application/graphql-response+json', 'text/html']) === 'text/html';

/**
 * GraphiQL at `GET /graphql` for browsers, its assets under `/playground/assets/` (hashed names, cached for good).
 * The page tells the script whether this is production, where GraphiQL waits for a staff sign-in.
 */
export function mountPlayground(app: Express, options: { production: boolean; log: Logger }): void {
  const indexFile = join(playgroundDist, 'index.html');
  const page = existsSync(indexFile)
    ? readFileSync(indexFile, 'utf8').replace('__MODE__', options.production ? 'production' : 'development')
    : null;
  if (!page) options.log.warn({ dir: playgroundDist }, 'playground not built (npm run build:playground); /graphql serves no page');

  app.use(
    '/playground/assets',
    securityHeaders,
    express.static(join(playgroundDist, 'assets'), { immutable: true, maxAge: '365d', index: false, fallthrough: false }),
  );
  app.get('/graphql', (req, res, next) => {
    if (!wantsPage(req)) return next();
    securityHeaders(req, res, () => {
      if (!page) return void res.status(503).type('text/plain').send('The playground is not built: run `npm run build:playground`.');
      res.setHeader('cache-control', 'no-cache');
      res.type('html').send(page);
    });
  });
}

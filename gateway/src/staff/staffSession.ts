import type { Express } from 'express';
import { ErrorCode, sendError, type TokenVerifier } from '@zaffa/shared';
import { staffCookie, staffCookiePath, staffOnly } from './staffViewer.ts';

/**
 * `POST /admin/session` with a staff bearer token sets the board's cookie until the token expires (the playground
 * calls it after each sign-in and refresh); `DELETE` clears it. SameSite=Strict and the bearer requirement keep
 * another site from setting or using it.
 */
export function mountStaffSession(app: Express, verify: TokenVerifier, options: { production: boolean }): void {
  const cookie = { httpOnly: true, sameSite: 'strict', secure: options.production, path: staffCookiePath } as const;
  app.post('/admin/session', (req, res, next) => {
    if (!req.headers.authorization) return sendError(res, 401, ErrorCode.UNAUTHENTICATED, 'Send the staff access token as a bearer token');
    next();
  });
  app.post('/admin/session', staffOnly(verify), (req, res) => {
    const token = req.headers.authorization!.replace(/^Bearer\s+/i, '');
    // Verified just now by staffOnly; only its expiry is read here.
    const { exp } = JSON.parse(Buffer.from(token.split('.')[1] ?? '', 'base64url').toString('utf8')) as { exp: number };
    const expiresAt = exp * 1000;
    res.cookie(staffCookie, token, { ...cookie, maxAge: Math.max(0, expiresAt - Date.now()) });
    res.status(204).end();
  });
  app.delete('/admin/session', (_req, res) => {
    res.clearCookie(staffCookie, cookie);
    res.status(204).end();
  });
}

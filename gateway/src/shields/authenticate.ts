import type { RequestHandler } from 'express';
import { ErrorCode, sendError, viewerFromHeaders, ZaffaError, type TokenVerifier } from '@zaffa/shared';

/**
 * Verifies the bearer token once per request and keeps the viewer in `res.locals`;
 * a bad token is HTTP 401 `UNAUTHENTICATED` before anything else is done.
 */
export function authenticate(verify: TokenVerifier): RequestHandler {
  return async (req, res, next) => {
    try {
      res.locals.viewer = await viewerFromHeaders(req.headers, verify);
      next();
    } catch (err) {
      if (!(err instanceof ZaffaError)) return next(err);
      res.setHeader('www-authenticate', 'Bearer error="invalid_token"');
      sendError(res, 401, ErrorCode.UNAUTHENTICATED, err.message);
    }
  };
}

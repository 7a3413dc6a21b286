import type { Request, RequestHandler } from 'express';
import { parse } from 'cookie';
import { ErrorCode, sendError, viewerFromHeaders, ZaffaError, type TokenVerifier, type Viewer } from '@zaffa/shared';

/** The HttpOnly cookie the playground's sign-in sets for the queue board: the access token itself, signed by accounts. */
export const staffCookie = 'zaffa_staff';
export const staffCookiePath = '/admin';

/** The viewer from a bearer token, else from the staff cookie; null when neither is there. A bad one throws UNAUTHENTICATED. */
export async function viewerOf(req: Request, verify: TokenVerifier): Promise<Viewer | null> {
  if (req.headers.authorization) return viewerFromHeaders(req.headers, verify);
  const token = parse(req.headers.cookie ?? '')[staffCookie];
  return token ? verify(token) : null;
}

/** Lets only staff through: 401 without a (valid) token or cookie, 403 for anyone signed in but not staff. */
export function staffOnly(verify: TokenVerifier): RequestHandler {
  return async (req, res, next) => {
    let viewer: Viewer | null;
    try {
      viewer = await viewerOf(req, verify);
    } catch (err) {
      if (!(err instanceof ZaffaError)) return next(err);
      viewer = null;
    }
    if (!viewer) {
      res.setHeader('www-authenticate', 'Bearer');
      return sendError(res, 401, ErrorCode.UNAUTHENTICATED, 'Sign in as staff in the playground (/graphql), or send a staff bearer token');
    }
    if (viewer.role !== 'STAFF') return sendError(res, 403, ErrorCode.FORBIDDEN, 'Only staff may see the queues');
    res.locals.viewer = viewer;
    next();
  };
}

import type { ErrorRequestHandler, RequestHandler } from 'express';
import graphqlUploadExpress from 'graphql-upload/graphqlUploadExpress.mjs';
import { ErrorCode, viewerFromHeaders, type TokenVerifier } from '@zaffa/shared';

export interface UploadLimits {
  maxBytes: number;
  maxFiles: number;
}

const refuse = (res: Parameters<RequestHandler>[1], status: number, code: string, message: string) =>
  res.status(status).json({ errors: [{ message, extensions: { code } }] });

/**
 * Takes GraphQL multipart requests on `/graphql`. Before a byte of a file is read it refuses requests
 * without Apollo's CSRF preflight header or a signed-in user; then graphql-upload streams each file
 * through fs-capacitor (disk, never whole in memory), cut off one byte past the media limit, so the
 * media subgraph is the one that decides and names the error.
 */
export function uploadIntake(verify: TokenVerifier, limits: UploadLimits): (RequestHandler | ErrorRequestHandler)[] {
  const guard: RequestHandler = async (req, res, next) => {
    if (!req.is('multipart/form-data')) return next();
    if (!req.headers['apollo-require-preflight'] && !req.headers['x-apollo-operation-name']) {
      return refuse(res, 400, 'BAD_REQUEST', 'Multipart requests need an `Apollo-Require-Preflight` header (CSRF prevention)');
    }
    const viewer = await viewerFromHeaders(req.headers, verify).catch(() => null);
    if (!viewer) return refuse(res, 401, ErrorCode.UNAUTHENTICATED, 'Sign in to upload media');
    next();
  };
  const parse = graphqlUploadExpress({ maxFileSize: limits.maxBytes + 1, maxFiles: limits.maxFiles });
  // graphql-upload's own refusals (malformed multipart, too many files) as GraphQL errors, not HTML pages.
  const errors: ErrorRequestHandler = (err: { status?: number; expose?: boolean; message?: string }, req, res, next) => {
    if (!req.is('multipart/form-data') || res.headersSent) return next(err);
    const status = err.status ?? 400;
    refuse(res, status, status === 413 ? ErrorCode.PAYLOAD_TOO_LARGE : 'BAD_REQUEST', err.expose && err.message ? err.message : 'Malformed multipart request');
  };
  return [guard, parse, errors];
}

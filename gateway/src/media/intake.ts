import type { RequestHandler } from 'express';
import { ErrorCode, multipartUploads, sendError } from '@zaffa/shared';
import { uploadAdmission } from './admission.ts';
import { multipartLimits } from './sizeLimit.ts';

export interface UploadLimits {
  maxBytes: number;
  maxFiles: number;
  /** Uploads read at once; the rest wait their turn unread. */
  concurrency: number;
}

/**
 * Takes GraphQL multipart requests on `/graphql`. Each waits, unread, for a free upload slot; then,
 * before a byte of a file is read, requests without Apollo's CSRF preflight header or a signed-in user
 * are refused; then each file streams from the client's request into the one forwarded to the media
 * subgraph (`forward.ts`), which judges its size (`sizeLimit.ts`).
 */
export function uploadIntake(limits: UploadLimits): RequestHandler[] {
  const guard: RequestHandler = (req, res, next) => {
    if (!req.is('multipart/form-data')) return next();
    if (!req.headers['apollo-require-preflight'] && !req.headers['x-apollo-operation-name']) {
      return sendError(res, 400, ErrorCode.BAD_REQUEST, 'Multipart requests need an `Apollo-Require-Preflight` header (CSRF prevention)');
    }
    // The bearer token was verified before (shields/authenticate.ts); uploads need someone behind it.
    if (!res.locals.viewer) return sendError(res, 401, ErrorCode.UNAUTHENTICATED, 'Sign in to upload media');
    next();
  };
  // Admission first: a request waiting its turn must stop being read before anything else happens.
  return [uploadAdmission(limits.concurrency), guard, multipartUploads(multipartLimits(limits.maxBytes, limits.maxFiles))];
}

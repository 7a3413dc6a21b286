import express, { type ErrorRequestHandler, type RequestHandler } from 'express';
import { ErrorCode, sendError } from '@zaffa/shared';

/** Reads a JSON body up to `limit` bytes; a larger one is refused as it streams in, not after. */
export function jsonBody(limit: number): [RequestHandler, ErrorRequestHandler] {
  const refuse: ErrorRequestHandler = (err: { type?: string; status?: number }, _req, res, next) => {
    if (err.type === 'entity.too.large')
      return sendError(res, 413, ErrorCode.PAYLOAD_TOO_LARGE, `Request body over ${limit} bytes`, { limit });
    if (err.type === 'entity.parse.failed') return sendError(res, 400, ErrorCode.BAD_USER_INPUT, 'Request body is not valid JSON');
    next(err);
  };
  return [express.json({ limit }), refuse];
}

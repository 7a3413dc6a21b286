import type { Response } from 'express';
import type { ErrorCode } from '../errors.ts';

/**
 * The one error body for requests answered outside Apollo (shields, multipart intake, downloads): GraphQL's
 * shape with a code from `ErrorCode`, so clients parse one format whoever refused them.
 */
export function sendError(res: Response, status: number, code: ErrorCode, message: string, extra: Record<string, unknown> = {}): void {
  res.status(status).json({ errors: [{ message, extensions: { code, ...extra } }] });
}

import type { Response } from 'express';
import type { ErrorCode } from '@zaffa/shared';

/** A GraphQL-shaped error for requests refused before they reach GraphQL, so clients parse one format. */
export function sendError(res: Response, status: number, code: ErrorCode, message: string, extra: Record<string, unknown> = {}): void {
  res.status(status).json({ errors: [{ message, extensions: { code, ...extra } }] });
}

import { ErrorCode, ZaffaError, type MultipartLimits } from '@zaffa/shared';
import type { MediaSettings } from '../config.ts';

/** The refusal of a file over `MEDIA_MAX_BYTES`, whichever check saw it first. */
export const tooLarge = (limit: number) =>
  new ZaffaError(ErrorCode.PAYLOAD_TOO_LARGE, `The file is larger than the limit of ${limit} bytes`, { limit });

/** The multipart parser lets one byte past the limit through, so the inspector sees the excess and refuses it. */
export const multipartLimits = ({ maxBytes, maxFiles }: MediaSettings): MultipartLimits => ({ maxFileSize: maxBytes + 1, maxFiles });

/** The parser cut the file off (a 413 `MultipartError`) before the inspector counted past the limit: the same refusal. */
export const cutOff = (err: unknown, limit: number): ZaffaError | null =>
  (err as { status?: number } | undefined)?.status === 413 ? tooLarge(limit) : null;

import type { MultipartLimits } from '@zaffa/shared';
import { tooLarge } from './inspector.ts';

/**
 * The multipart parser lets one byte past `MEDIA_MAX_BYTES` through, so the inspector sees the excess and
 * refuses it; the `operations` and `map` fields are held to the JSON body limit, like any other query.
 */
export const multipartLimits = (maxBytes: number, maxFiles: number, maxFieldBytes: number): MultipartLimits => ({
  maxFileSize: maxBytes + 1,
  maxFiles,
  maxFieldSize: maxFieldBytes,
});

/** The parser cut the file off (a 413 `MultipartError`) before the inspector counted past the limit: the same refusal. */
export const cutOff = (err: unknown, limit: number) => ((err as { status?: number } | undefined)?.status === 413 ? tooLarge(limit) : null);

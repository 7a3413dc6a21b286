import { ErrorCode, ZaffaError, type MultipartLimits } from '@zaffa/shared';

/**
 * The gateway's whole say on upload size. The media subgraph judges a file and names the error; the gateway
 * lets one byte past media's limit through, so media sees the excess, and reads no further than that.
 */
export const multipartLimits = (maxBytes: number, maxFiles: number): MultipartLimits => ({ maxFileSize: maxBytes + 1, maxFiles });

/** A file the gateway cut off (its stream failed with a 413) before the media subgraph could answer. */
export const cutOff = (fileError: unknown): ZaffaError | null =>
  (fileError as { status?: number } | undefined)?.status === 413
    ? new ZaffaError(ErrorCode.PAYLOAD_TOO_LARGE, 'The file is larger than the upload limit')
    : null;

import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import type { Logger } from 'pino';

/** The codes a client may act on. They are part of the API: never rename one. */
export const ErrorCode = {
  /** The request as a whole is malformed (a broken multipart body, a missing CSRF preflight header). */
  BAD_REQUEST: 'BAD_REQUEST',
  BAD_USER_INPUT: 'BAD_USER_INPUT',
  UNAUTHENTICATED: 'UNAUTHENTICATED',
  FORBIDDEN: 'FORBIDDEN',
  NOT_FOUND: 'NOT_FOUND',
  CONFLICT: 'CONFLICT',
  PAYLOAD_TOO_LARGE: 'PAYLOAD_TOO_LARGE',
  UNSUPPORTED_MEDIA_TYPE: 'UNSUPPORTED_MEDIA_TYPE',
  RATE_LIMITED: 'RATE_LIMITED',
  /** The viewer's stored uploads would pass their quota; `limit` and `used` say by how much (bytes). Nothing was stored. */
  QUOTA_EXCEEDED: 'QUOTA_EXCEEDED',
  /** The booking's state does not allow this move; `state` names the state it is in. Nothing changed. */
  INVALID_TRANSITION: 'INVALID_TRANSITION',
  /** The vendor has no room left on that date and slot (held, booked or closed). */
  DATE_UNAVAILABLE: 'DATE_UNAVAILABLE',
  /** A review needs a completed booking. */
  BOOKING_NOT_COMPLETED: 'BOOKING_NOT_COMPLETED',
  /** This booking already has its review. */
  ALREADY_REVIEWED: 'ALREADY_REVIEWED',
  /** This review already has the vendor's reply. */
  ALREADY_REPLIED: 'ALREADY_REPLIED',
  /** A part of the graph could not be reached; the rest of the answer is still there. Retry later. */
  SERVICE_UNAVAILABLE: 'SERVICE_UNAVAILABLE',
  INTERNAL_SERVER_ERROR: 'INTERNAL_SERVER_ERROR',
} as const;
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

/**
 * An error the client can act on; `field` names the bad input, if any. The HTTP status stays 200 (other
 * fields may still have answered); only a request refused as a whole carries `http: { status }` in `extra`.
 */
export class ZaffaError extends GraphQLError {
  constructor(code: ErrorCode, message: string, extra: Record<string, unknown> = {}) {
    super(message, { extensions: { code, ...extra } });
  }
}

export const badInput = (field: string, message: string) => new ZaffaError(ErrorCode.BAD_USER_INPUT, message, { field });
export const notFound = (what: string) => new ZaffaError(ErrorCode.NOT_FOUND, `${what} not found`);
export const forbidden = (message = 'Not allowed') => new ZaffaError(ErrorCode.FORBIDDEN, message);
export const unauthenticated = (message = 'Sign in first') => new ZaffaError(ErrorCode.UNAUTHENTICATED, message);

/** Codes a client may see: ours, and the ones Apollo gives to malformed requests. */
const publicCodes = new Set<string>([
  ...Object.values(ErrorCode),
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'OPERATION_RESOLUTION_FAILURE',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
]);
publicCodes.delete(ErrorCode.INTERNAL_SERVER_ERROR);

/**
 * Apollo's formatError: errors with a known code (ours, and Apollo's own validation codes) pass through;
 * anything else is logged with its stack and masked, so internals never reach a client.
 */
export function maskErrors(log: Logger) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const code = formatted.extensions?.code;
    const original = unwrapResolverError(error);
    if (typeof code === 'string' && publicCodes.has(code)) {
      // `response`: Apollo Gateway's copy of a subgraph's non-2xx answer, with the subgraph's internal URL.
      const { stacktrace: _stack, response: _response, ...extensions } = formatted.extensions ?? {};
      return { ...formatted, extensions };
    }
    log.error({ err: original, path: formatted.path }, 'internal error');
    return {
      message: 'Internal server error',
      path: formatted.path,
      locations: formatted.locations,
      extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR },
    };
  };
}

import { createHash, timingSafeEqual } from 'node:crypto';
import type { RequestHandler } from 'express';
import type { Logger } from 'pino';
import { ErrorCode } from '../errors.ts';
import { sendError } from './sendError.ts';

/** The header the gateway sends `SUBGRAPH_SECRET` in, on every call to a subgraph. */
export const SUBGRAPH_SECRET_HEADER = 'x-zaffa-subgraph-secret';
/** The same key in a graphql-ws `connection_init`'s payload, for the gateway's subscription connections. */
export const SUBGRAPH_SECRET_PARAM = 'subgraphSecret';

/**
 * Tells whether a caller gave the gateway's key. Both sides are hashed first, so the comparison takes the same
 * time whatever the given value's length or how much of it is right.
 */
export function gatewayKeyCheck(secret: string): (given: unknown) => boolean {
  const expected = createHash('sha256').update(secret).digest();
  return (given) => typeof given === 'string' && timingSafeEqual(createHash('sha256').update(given).digest(), expected);
}

/** Refuses, before anything else is read, a request that does not carry the gateway's key: HTTP 403 `FORBIDDEN`. */
export function gatewayOnly(secret: string, log: Logger): RequestHandler {
  const fromGateway = gatewayKeyCheck(secret);
  return (req, res, next) => {
    if (fromGateway(req.headers[SUBGRAPH_SECRET_HEADER])) return next();
    log.warn({ client: req.socket.remoteAddress, given: SUBGRAPH_SECRET_HEADER in req.headers }, 'call without the gateway key refused');
    sendError(
      res,
      403,
      ErrorCode.FORBIDDEN,
      `This service answers only the gateway: the ${SUBGRAPH_SECRET_HEADER} header is missing or wrong`,
    );
  };
}

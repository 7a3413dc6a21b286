import type { ExecutionArgs, ExecutionResult } from 'graphql';
import type { Request, RequestHandler } from 'express';
import { createHandler } from 'graphql-sse/lib/use/express';
import { decodeJwt } from 'jose';
import { ErrorCode, REQUEST_ID_HEADER, sendError, type Viewer } from '@zaffa/shared';
import type { SubscriptionContext } from './federatedSubscribe.ts';
import type { SubscriptionMetrics } from './metrics.ts';
import { prepareSubscription, type PrepareOptions } from './prepare.ts';
import type { UserConnections } from './userConnections.ts';

export interface SseOptions {
  prepare: PrepareOptions;
  subscribe: (args: ExecutionArgs) => Promise<AsyncIterableIterator<ExecutionResult> | ExecutionResult>;
  connections: UserConnections;
  metrics: SubscriptionMetrics;
  tokenGraceMs: number;
}

const wantsEventStream = (req: Request) => req.method === 'POST' && (req.headers.accept ?? '').includes('text/event-stream');

/**
 * GraphQL over Server-Sent Events (graphql-sse, one operation per request) on `/graphql`, for web clients
 * behind proxies that dislike WebSockets. Mounted after the gateway's authentication and rate limit, so
 * the `Authorization` header was already verified. Other requests pass through.
 */
export function serveSse(options: SseOptions): RequestHandler {
  const handler = createHandler<SubscriptionContext & Record<PropertyKey, unknown>>({
    onSubscribe: (req, params) => {
      const context = req.context.res.locals.subscriptionContext as SubscriptionContext;
      const prepared = prepareSubscription(options.prepare, params, context);
      if (!Array.isArray(prepared)) return prepared as never;
      return [
        JSON.stringify({ errors: prepared.map((e) => e.toJSON()) }),
        { status: 400, statusText: 'Bad Request', headers: { 'content-type': 'application/json' } },
      ];
    },
    subscribe: options.subscribe as never,
  });

  return (req, res, next) => {
    if (!wantsEventStream(req)) return next();
    const viewer = res.locals.viewer as Viewer | null;
    if (!viewer) return sendError(res, 401, ErrorCode.UNAUTHENTICATED, 'Send Authorization: Bearer <token> to subscribe');
    const release = options.connections.acquire(viewer.id);
    if (!release) {
      options.metrics.closes.inc({ reason: 'too_many_connections' });
      return sendError(res, 429, ErrorCode.RATE_LIMITED, 'Too many subscription connections for this user');
    }
    const authorization = req.headers.authorization!;
    res.locals.subscriptionContext = { reqId: String(req.headers[REQUEST_ID_HEADER]), viewer, authorization } satisfies SubscriptionContext;
    const exp = decodeJwt(authorization.replace(/^Bearer\s+/i, '')).exp ?? 0;
    // No close codes over SSE: the stream ends, and the client reconnects with a fresh token.
    const expiry = setTimeout(() => res.end(), Math.max(0, exp * 1000 - Date.now() + options.tokenGraceMs));
    options.metrics.openConnections.inc({ transport: 'sse' });
    res.once('close', () => {
      clearTimeout(expiry);
      release();
      options.metrics.openConnections.dec({ transport: 'sse' });
    });
    handler(req, res).catch(next);
  };
}

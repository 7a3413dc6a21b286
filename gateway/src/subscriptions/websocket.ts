import type { IncomingMessage, Server } from 'node:http';
import type { ExecutionArgs, ExecutionResult, FormattedExecutionResult } from 'graphql';
import type { Context } from 'graphql-ws';
import { useServer } from 'graphql-ws/use/ws';
import { decodeJwt } from 'jose';
import { WebSocketServer, type WebSocket } from 'ws';
import { ErrorCode, ZaffaError, requestIdFrom, type Logger, type TokenVerifier, type Viewer } from '@zaffa/shared';
import { CloseCode } from './closeCodes.ts';
import type { SubscriptionContext } from './federatedSubscribe.ts';
import type { SubscriptionMetrics } from './metrics.ts';
import { prepareSubscription, type PrepareOptions } from './prepare.ts';
import type { UserConnections } from './userConnections.ts';

export interface WebSocketOptions {
  httpServer: Server;
  verify: TokenVerifier;
  prepare: PrepareOptions;
  subscribe: (args: ExecutionArgs) => Promise<AsyncIterableIterator<ExecutionResult> | ExecutionResult>;
  connections: UserConnections;
  metrics: SubscriptionMetrics;
  log: Logger;
  perConnection: number;
  keepAliveMs: number;
  sendBufferBytes: number;
  tokenGraceMs: number;
}

interface Extra extends Record<PropertyKey, unknown> {
  socket: WebSocket;
  request: IncomingMessage;
  viewer?: Viewer;
  authorization?: string;
  reqId?: string;
  release?: () => void;
  expiry?: NodeJS.Timeout;
  operations?: Set<string>;
}

type Ctx = Context<Record<string, unknown> | undefined, Extra>;

/** Closes a socket with a reason the client can act on; one that cannot even take the close frame is cut. */
function closeWith(socket: WebSocket, code: number, reason: string): void {
  socket.close(code, reason);
  setTimeout(() => socket.terminate(), 5000).unref();
}

/**
 * graphql-ws at `/graphql` on the gateway's own port. The token travels in `connection_init`
 * (`{ authorization: "Bearer …" }`) and is checked like a request's; the socket closes with 4403 once it
 * has expired (after a grace period to reconnect with a fresh one).
 */
export function serveWebSocket(options: WebSocketOptions) {
  const { log, metrics } = options;
  const wss = new WebSocketServer({ server: options.httpServer, path: '/graphql', maxPayload: 256 * 1024 });
  wss.on('connection', (socket) => {
    metrics.openConnections.inc({ transport: 'ws' });
    socket.once('close', () => metrics.openConnections.dec({ transport: 'ws' }));
  });

  const refuse = (ctx: Ctx, code: number, reason: string, label: string) => {
    metrics.closes.inc({ reason: label });
    closeWith(ctx.extra.socket, code, reason);
    return false;
  };

  const server = useServer<Record<string, unknown> | undefined, Extra>(
    {
      onConnect: async (ctx) => {
        const raw = ctx.connectionParams?.authorization;
        const token = typeof raw === 'string' ? /^Bearer\s+(\S+)$/i.exec(raw)?.[1] : undefined;
        if (!token) return refuse(ctx, CloseCode.TokenRefused, 'Send connection_init with { authorization: "Bearer <token>" }', 'no_token');
        let viewer: Viewer;
        try {
          viewer = await options.verify(token);
        } catch {
          return refuse(ctx, CloseCode.TokenRefused, 'Invalid or expired access token', 'bad_token');
        }
        const release = options.connections.acquire(viewer.id);
        if (!release)
          return refuse(ctx, CloseCode.TooManyConnections, 'Too many subscription connections for this user', 'too_many_connections');
        const exp = decodeJwt(token).exp ?? 0;
        ctx.extra.expiry = setTimeout(
          () => {
            metrics.closes.inc({ reason: 'token_expired' });
            closeWith(ctx.extra.socket, CloseCode.TokenRefused, 'Access token expired; reconnect with a fresh one');
          },
          Math.max(0, exp * 1000 - Date.now() + options.tokenGraceMs),
        );
        ctx.extra.expiry.unref();
        Object.assign(ctx.extra, { viewer, authorization: `Bearer ${token}`, release, reqId: requestIdFrom(ctx.extra.request.headers) });
        return true;
      },
      onSubscribe: (ctx, id, payload) => {
        const operations = (ctx.extra.operations ??= new Set());
        if (operations.size >= options.perConnection) {
          return [
            new ZaffaError(ErrorCode.RATE_LIMITED, `At most ${options.perConnection} subscriptions per connection`, {
              limit: options.perConnection,
            }),
          ];
        }
        const context: SubscriptionContext = {
          reqId: `${ctx.extra.reqId}-${id}`,
          viewer: ctx.extra.viewer!,
          authorization: ctx.extra.authorization,
        };
        const prepared = prepareSubscription(options.prepare, payload, context);
        if (!Array.isArray(prepared)) operations.add(id);
        return prepared;
      },
      subscribe: options.subscribe,
      // Results arrive already masked and JSON-ready (see federatedSubscribe): sent as they are.
      onNext: (ctx, _id, _payload, _args, result) => {
        const socket = ctx.extra.socket;
        if (socket.bufferedAmount > options.sendBufferBytes) {
          metrics.closes.inc({ reason: 'too_slow' });
          log.warn({ userId: ctx.extra.viewer?.id, buffered: socket.bufferedAmount }, 'subscriber too slow; closing');
          closeWith(socket, CloseCode.TooSlow, 'Events arrived faster than they were read');
        }
        return result as FormattedExecutionResult;
      },
      onComplete: (ctx, id) => {
        ctx.extra.operations?.delete(id);
      },
      onClose: (ctx) => {
        if (ctx.extra.expiry) clearTimeout(ctx.extra.expiry);
        ctx.extra.release?.();
      },
    },
    wss,
    options.keepAliveMs,
  );

  return {
    get openSockets() {
      return wss.clients.size;
    },
    /** Tells every client to reconnect (elsewhere), waits for them to go, then cuts the rest. */
    close: async (graceMs: number) => {
      for (const socket of wss.clients) socket.close(CloseCode.Restarting, 'Gateway restarting; reconnect');
      const deadline = Date.now() + graceMs;
      while (wss.clients.size > 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
      for (const socket of wss.clients) socket.terminate();
      await server.dispose();
    },
  };
}

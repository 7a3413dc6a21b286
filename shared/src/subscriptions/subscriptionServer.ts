import { randomUUID } from 'node:crypto';
import type { IncomingMessage, Server } from 'node:http';
import type { GraphQLSchema } from 'graphql';
import { GraphQLError } from 'graphql';
import type { Context } from 'graphql-ws';
import { useServer } from 'graphql-ws/use/ws';
import { decodeJwt } from 'jose';
import { WebSocketServer } from 'ws';
import type { Logger } from 'pino';
import type { TokenVerifier } from '../auth/verifier.ts';
import { SUBGRAPH_SECRET_PARAM, gatewayKeyCheck } from '../http/gatewayOnly.ts';
import { ErrorCode, ZaffaError, maskErrors } from '../errors.ts';
import type { BaseContext, Viewer } from '../graphql/context.ts';
import { subscribeWithTimes } from './mapEvents.ts';

export interface SubgraphSubscriptionOptions<C extends BaseContext> {
  httpServer: Server;
  schema: GraphQLSchema;
  log: Logger;
  verify: TokenVerifier;
  context: (base: BaseContext) => C;
  /** A direct client's subscription outlives its token by this much; the gateway closes its own sockets sooner. */
  expiryGraceMs?: number;
  /** `SUBGRAPH_SECRET`: a connection whose `connection_init` does not carry it is closed with 4403. */
  gatewaySecret: string;
}

interface Operation {
  viewer: Viewer | null;
  reqId: string;
  expiry?: NodeJS.Timeout;
}

interface Extra extends Record<PropertyKey, unknown> {
  socket: unknown;
  request: IncomingMessage;
  operations?: Map<string, Operation>;
}

/** Where a subscription's token comes from: its own `extensions` (what the gateway sends), or the connection's. */
function tokenOf(ctx: Context, extensions: Record<string, unknown> | null | undefined): string | undefined {
  const raw = extensions?.authorization ?? ctx.connectionParams?.authorization;
  if (typeof raw !== 'string') return undefined;
  return /^Bearer\s+(\S+)$/i.exec(raw)?.[1] ?? '';
}

/**
 * Serves the subgraph's subscription root fields over graphql-ws on its own HTTP server, at `/graphql`.
 * Each subscription is authenticated by itself (one gateway connection carries many users'), so the
 * resolvers see the viewer exactly as over HTTP and check access the same way.
 */
export function serveSubgraphSubscriptions<C extends BaseContext>(
  options: SubgraphSubscriptionOptions<C>,
): { dispose: () => Promise<void> } {
  const { log } = options;
  const mask = maskErrors(log);
  const grace = options.expiryGraceMs ?? 120_000;
  const wss = new WebSocketServer({ server: options.httpServer, path: '/graphql' });
  const operationsOf = (ctx: Context<Record<string, unknown> | undefined, Extra>) => (ctx.extra.operations ??= new Map());
  const fromGateway = gatewayKeyCheck(options.gatewaySecret);

  const server = useServer<Record<string, unknown> | undefined, Extra>(
    {
      schema: options.schema,
      subscribe: subscribeWithTimes,
      // Returning false closes the socket with 4403 Forbidden before any subscription is read.
      onConnect: (ctx) => {
        if (fromGateway(ctx.connectionParams?.[SUBGRAPH_SECRET_PARAM])) return true;
        log.warn({ client: ctx.extra.request.socket.remoteAddress }, 'subscription connection without the gateway key refused');
        return false;
      },
      onSubscribe: async (ctx, id, payload) => {
        const token = tokenOf(ctx, payload.extensions);
        let viewer: Viewer | null = null;
        if (token !== undefined) {
          try {
            viewer = await options.verify(token);
          } catch (err) {
            return [err instanceof GraphQLError ? err : new ZaffaError(ErrorCode.UNAUTHENTICATED, 'Invalid or expired access token')];
          }
        }
        const reqId = typeof payload.extensions?.reqId === 'string' ? payload.extensions.reqId : randomUUID();
        const operation: Operation = { viewer, reqId };
        if (token) {
          const exp = decodeJwt(token).exp;
          if (exp) {
            operation.expiry = setTimeout(
              () => void (ctx.subscriptions[id] as AsyncIterator<unknown> | undefined)?.return?.(),
              Math.max(0, exp * 1000 - Date.now() + grace),
            );
            operation.expiry.unref();
          }
        }
        operationsOf(ctx).set(id, operation);
      },
      context: (ctx, id) => {
        const operation = operationsOf(ctx).get(id);
        // A subscription reaches a subgraph from the gateway, which applied the client-address limits itself.
        return options.context({ reqId: operation?.reqId ?? randomUUID(), log, viewer: operation?.viewer ?? null, clientAddress: null });
      },
      onNext: (_ctx, _id, _payload, _args, result) => {
        if (!result.errors?.length) return;
        return { ...result, errors: result.errors.map((e) => mask(e instanceof GraphQLError ? e.toJSON() : e, e)) };
      },
      onComplete: (ctx, id) => {
        const operation = operationsOf(ctx).get(id);
        if (operation?.expiry) clearTimeout(operation.expiry);
        operationsOf(ctx).delete(id);
      },
      onClose: (ctx) => {
        for (const operation of operationsOf(ctx).values()) if (operation.expiry) clearTimeout(operation.expiry);
      },
    },
    wss,
  );
  return {
    dispose: async () => {
      // 1012: the gateway's client reconnects and subscribes again, to another instance or to this one restarted.
      for (const client of wss.clients) client.close(1012, 'Service restart');
      await server.dispose();
    },
  };
}

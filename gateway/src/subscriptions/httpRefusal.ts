import type { ApolloServerPlugin } from '@apollo/server';
import { ErrorCode, ZaffaError } from '@zaffa/shared';

/** A subscription sent as a plain HTTP request is told where subscriptions are served, before any subgraph is called. */
export function subscriptionsNotOverHttp(): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation }) {
          if (operation?.operation !== 'subscription') return;
          throw new ZaffaError(
            ErrorCode.BAD_USER_INPUT,
            'Subscriptions are served over WebSocket (graphql-ws) or Server-Sent Events (Accept: text/event-stream) at /graphql',
            { http: { status: 400 } },
          );
        },
      };
    },
  };
}

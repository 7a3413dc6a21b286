import { createGraphiQLFetcher, type Fetcher } from '@graphiql/toolkit';
import { createClient } from 'graphql-ws';

/**
 * GraphiQL's requests to this gateway: HTTP for queries and mutations, graphql-ws on the same `/graphql` path
 * for subscriptions. The signed-in token goes with both unless the header editor sets `Authorization` itself.
 */
export function createFetcher(currentToken: () => string | undefined): Fetcher {
  const wsUrl = `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}/graphql`;
  const wsClient = createClient({
    url: wsUrl,
    lazy: true,
    connectionParams: () => {
      const token = currentToken();
      return token ? { authorization: `Bearer ${token}` } : {};
    },
  });
  return createGraphiQLFetcher({
    url: '/graphql',
    wsClient,
    fetch: (input, init = {}) => {
      const headers = new Headers(init.headers);
      const token = currentToken();
      if (token && !headers.has('authorization')) headers.set('authorization', `Bearer ${token}`);
      return fetch(input, { ...init, headers });
    },
  });
}

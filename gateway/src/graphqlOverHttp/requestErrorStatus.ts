import type { ApolloServerPlugin } from '@apollo/server';

/** Errors raised before execution starts: the document does not parse or validate, or the variables do not coerce. */
const requestErrorCodes = new Set(['GRAPHQL_PARSE_FAILED', 'GRAPHQL_VALIDATION_FAILED', 'BAD_USER_INPUT']);

/** True when the client's `Accept` prefers `application/graphql-response+json` to `application/json` (q, then order). */
export function prefersGraphQLResponse(accept: string | undefined): boolean {
  let best: { type: 'graphql' | 'json'; q: number } | undefined;
  for (const part of (accept ?? '').split(',')) {
    const [range = '', ...params] = part.split(';').map((s) => s.trim().toLowerCase());
    const q = Number(params.find((p) => p.startsWith('q='))?.slice(2) ?? 1);
    const type =
      range === 'application/graphql-response+json'
        ? 'graphql'
        : range === 'application/json' || range === 'application/*' || range === '*/*'
          ? 'json'
          : undefined;
    if (type && q > 0 && (!best || q > best.q)) best = { type, q };
  }
  return best?.type === 'graphql';
}

/**
 * Status codes of request errors as the GraphQL-over-HTTP spec asks: 400 for a client that accepts
 * `application/graphql-response+json`, 200 for one that accepts only the older `application/json`
 * (whose clients read errors from the body). Answers that reached execution keep their status.
 */
export function requestErrorStatus(): ApolloServerPlugin {
  return {
    async requestDidStart({ request }) {
      const accept = request.http?.headers.get('accept') ?? undefined;
      return {
        async willSendResponse({ response }) {
          if (response.body.kind !== 'single') return;
          const { data, errors } = response.body.singleResult;
          if (data !== undefined || !errors?.length) return;
          if (!errors.every((e) => requestErrorCodes.has(String(e.extensions?.code)))) return;
          response.http.status = prefersGraphQLResponse(accept) ? 400 : 200;
        },
      };
    },
  };
}

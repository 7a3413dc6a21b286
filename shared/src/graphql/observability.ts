import type { ApolloServerPlugin } from '@apollo/server';
import type { Logger } from 'pino';
import { requestScope } from '../logger.ts';
import type { Metrics } from '../http/metrics.ts';

/** Client-chosen operation names become metric labels; keep only sane ones so the label set stays small. */
const labelFor = (name: string | null | undefined) => (name && /^\w{1,64}$/.test(name) ? name : 'anonymous');

/** One log line and one histogram sample per GraphQL operation, with its name, outcome and duration. */
export function observabilityPlugin(log: Logger, metrics: Metrics): ApolloServerPlugin {
  return {
    async requestDidStart() {
      const started = performance.now();
      return {
        async didResolveOperation({ operationName }) {
          const scope = requestScope.getStore();
          if (scope) scope.operation = operationName ?? undefined;
        },
        async willSendResponse({ operationName, errors, response }) {
          const ms = performance.now() - started;
          const resultErrors = response.body.kind === 'single' ? response.body.singleResult.errors : undefined;
          const failed = (errors?.length ?? 0) > 0 || (resultErrors?.length ?? 0) > 0;
          metrics.requestDuration.observe({ operation: labelFor(operationName), outcome: failed ? 'error' : 'ok' }, ms / 1000);
          log.info(
            { operation: operationName ?? undefined, ms: Math.round(ms * 10) / 10, errors: resultErrors?.map((e) => e.extensions?.code) },
            'graphql',
          );
        },
      };
    },
  };
}

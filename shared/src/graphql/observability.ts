import type { ApolloServerPlugin } from '@apollo/server';
import { trace } from '@opentelemetry/api';
import type { Logger } from 'pino';
import { requestScope } from '../logger.ts';
import type { BusinessEvent, Metrics } from '../http/metrics.ts';

/** Most operation names one process gives metric labels of their own; any other is counted as `other`. */
export const MAX_OPERATION_LABELS = 100;

/**
 * Client-chosen operation names become metric labels, so the set must stay small whatever clients send: a name
 * is known once an operation of that name has run without errors (clients' real operations do, at once), and
 * only the first `MAX_OPERATION_LABELS` known names are labels; the rest are `other`, unnamed ones `anonymous`.
 */
function operationLabels() {
  const known = new Set<string>();
  return (name: string | null | undefined, failed: boolean) => {
    if (!name || !/^\w{1,64}$/.test(name)) return 'anonymous';
    if (known.has(name)) return name;
    if (failed || known.size >= MAX_OPERATION_LABELS) return 'other';
    known.add(name);
    return name;
  };
}

/** Root fields (`Mutation.signUp`, `Query.vendors`) whose every successful resolution is a business event. */
export type BusinessFields = Partial<Record<`${'Query' | 'Mutation'}.${string}`, BusinessEvent>>;

/**
 * One log line and one histogram sample per GraphQL operation, with its name, outcome and duration; each
 * error counted by its code; and, for the root fields named in `businessFields`, one business event per success.
 */
export function observabilityPlugin(log: Logger, metrics: Metrics, businessFields: BusinessFields = {}): ApolloServerPlugin {
  const countsEvents = Object.keys(businessFields).length > 0;
  const labelFor = operationLabels();
  return {
    async requestDidStart() {
      const started = performance.now();
      return {
        async didResolveOperation({ operationName }) {
          const scope = requestScope.getStore();
          if (scope) scope.operation = operationName ?? undefined;
          trace.getActiveSpan()?.setAttribute('graphql.operation.name', operationName ?? '');
        },
        executionDidStart: countsEvents
          ? async () => ({
              willResolveField({ info }) {
                if (info.path.prev !== undefined) return;
                const event = businessFields[`${info.parentType.name}.${info.fieldName}` as keyof BusinessFields];
                if (!event) return;
                return (error) => {
                  if (!error) metrics.businessEvents.inc({ event });
                };
              },
            })
          : undefined,
        async willSendResponse({ operationName, errors, response }) {
          const ms = performance.now() - started;
          const resultErrors = response.body.kind === 'single' ? response.body.singleResult.errors : undefined;
          const failed = (errors?.length ?? 0) > 0 || (resultErrors?.length ?? 0) > 0;
          const operation = labelFor(operationName, failed);
          metrics.requestDuration.observe({ operation, outcome: failed ? 'error' : 'ok' }, ms / 1000);
          for (const error of resultErrors ?? errors ?? []) {
            const code = error.extensions?.code;
            metrics.graphqlErrors.inc({ operation, code: typeof code === 'string' ? code : 'INTERNAL_SERVER_ERROR' });
          }
          log.info(
            { operation: operationName ?? undefined, ms: Math.round(ms * 10) / 10, errors: resultErrors?.map((e) => e.extensions?.code) },
            'graphql',
          );
        },
      };
    },
  };
}

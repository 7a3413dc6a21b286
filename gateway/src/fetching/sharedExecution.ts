import type { GatewayExecutionResult, GatewayExecutor, GatewayInterface } from '@apollo/server-gateway-interface';
import type { Metrics } from '@zaffa/shared';
import type { GatewayContext } from '../context.ts';
import { InFlight } from './inflight.ts';

/**
 * The gateway with identical queries in flight executed once: the same document, operation, variables and
 * caller's authorization while one is running get its result (each caller still formats and serialises its
 * own answer). Mutations and subscriptions always run on their own; callers with different tokens never share.
 */
export function sharingExecutions(gateway: GatewayInterface, metrics?: Metrics): GatewayInterface {
  const inflight = new InFlight<GatewayExecutionResult>();
  const share =
    (executor: GatewayExecutor): GatewayExecutor =>
    (requestContext) => {
      if (requestContext.operation.operation !== 'query') return executor(requestContext);
      const { request, queryHash, operationName } = requestContext;
      const context = requestContext.context as Partial<GatewayContext>;
      const key = JSON.stringify([queryHash, operationName, request.variables ?? {}, context.authorization ?? null]);
      const { answer, joined } = inflight.share(key, () => executor(requestContext));
      metrics?.cacheLookups.inc({ cache: 'operation_inflight', outcome: joined ? 'joined' : 'miss' });
      return answer;
    };
  return {
    onSchemaLoadOrUpdate: (callback) => gateway.onSchemaLoadOrUpdate(callback),
    load: async (options) => {
      const loaded = await gateway.load(options);
      return { ...loaded, executor: loaded.executor && share(loaded.executor) };
    },
    stop: () => gateway.stop(),
  };
}

import { executeQueryPlan, type GraphQLDataSource, type ServiceMap } from '@apollo/gateway';
import type { GatewayGraphQLRequestContext } from '@apollo/server-gateway-interface';
import type { QueryPlan } from '@apollo/query-planner';
import type { ExecutionResult } from 'graphql';
import type { Logger } from '@zaffa/shared';
import type { GatewayContext } from '../context.ts';
import type { SubscriptionPlan } from './planner.ts';

/** The name under which an event stands in for the primary fetch; no subgraph can be named so. */
const eventSource = '__subscription_event__';

export interface EventRequest {
  plan: SubscriptionPlan;
  variables: Record<string, unknown>;
  operationName: string | null | undefined;
  context: GatewayContext;
  log: Logger;
}

/**
 * Completes one event into the client's answer: the primary's result (the event) is the starting data,
 * then the plan's `rest` fetches the fields other subgraphs own, through the gateway's data sources and
 * Apollo's own executor, so results are merged and shaped (aliases, fragments, errors with paths) exactly
 * as for a query. A subgraph that fails costs only its fields, with an error naming it.
 */
export async function resolveEvent(request: EventRequest, sources: ServiceMap, event: ExecutionResult): Promise<ExecutionResult> {
  const { plan } = request;
  const primary = { ...plan.primary, serviceName: eventSource };
  const queryPlan: QueryPlan = { kind: 'QueryPlan', node: plan.rest ? { kind: 'Sequence', nodes: [primary, plan.rest] } : primary };
  // The event's own errors are the owning subgraph's (already masked there); they are kept as they came.
  const replay: GraphQLDataSource = { process: async () => ({ data: event.data ?? null }) };
  const requestContext = {
    request: { variables: request.variables, operationName: request.operationName ?? undefined },
    operationName: request.operationName ?? null,
    context: request.context,
    logger: request.log,
    metrics: {},
  } as unknown as GatewayGraphQLRequestContext;
  const result = await executeQueryPlan(
    queryPlan,
    { ...sources, [eventSource]: replay },
    requestContext,
    plan.operationContext,
    plan.schemas.supergraph,
    plan.schemas.apiSchema,
  );
  const errors = [...(event.errors ?? []), ...(result.errors ?? [])];
  return errors.length > 0 ? { data: result.data as ExecutionResult['data'], errors } : { data: result.data as ExecutionResult['data'] };
}

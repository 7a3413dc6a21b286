import type { ServiceMap } from '@apollo/gateway';
import { GraphQLError, getOperationAST, type ExecutionArgs, type ExecutionResult, type GraphQLFormattedError } from 'graphql';
import { getVariableValues } from 'graphql/execution/values.js';
import { ErrorCode, EventBufferOverflow, ZaffaError, maskErrors, type Logger, type Viewer } from '@zaffa/shared';
import type { GatewayContext } from '../context.ts';
import type { SubscriptionMetrics } from './metrics.ts';
import type { SubscriptionPlanner } from './planner.ts';
import { resolveEvent } from './resolveEvent.ts';
import type { UpstreamConnections, UpstreamItem } from './upstream.ts';

/** Who is subscribing, as proven at connection time. */
export interface SubscriptionContext extends GatewayContext {
  viewer: Viewer;
}

export interface FederatedSubscribeDeps {
  planner: SubscriptionPlanner;
  upstream: UpstreamConnections;
  /** The gateway's data sources, by subgraph name, for the fields other subgraphs own. */
  sources: () => ServiceMap;
  log: Logger;
  metrics: SubscriptionMetrics;
  /** Events one subscription may have waiting at the gateway before it is ended as too slow. */
  bufferSize: number;
}

const unavailable = (service: string, message: string, extra: Record<string, unknown> = {}) =>
  new ZaffaError(ErrorCode.SERVICE_UNAVAILABLE, message, { service, ...extra });

/**
 * Runs a federated subscription: the plan's primary fetch is subscribed to at its owning subgraph, and
 * each event it sends is completed with the plan's `rest`. It never throws into the transport (which
 * would close the socket and every other subscription on it): failures become results with errors.
 *
 * When the owning subgraph's connection drops, the client gets one result with a SERVICE_UNAVAILABLE error
 * (`resuming: true`) and the subscription resumes once the subgraph answers again (graphql-ws subscribes
 * again; media first sends the current state). If it stays away, the subscription completes after one
 * last SERVICE_UNAVAILABLE error (`resuming: false`), and the client may subscribe again.
 */
export function federatedSubscribe(deps: FederatedSubscribeDeps) {
  const mask = maskErrors(deps.log);
  // Masked and JSON-ready; the transports only serialise them, so they stand in for GraphQLErrors.
  const format = (errors: readonly (GraphQLError | GraphQLFormattedError)[]) =>
    errors.map((e) => mask(e instanceof GraphQLError ? e.toJSON() : e, e)) as unknown as GraphQLError[];

  return async (args: ExecutionArgs): Promise<AsyncIterableIterator<ExecutionResult> | ExecutionResult> => {
    const context = args.contextValue as SubscriptionContext;
    const operation = getOperationAST(args.document, args.operationName);
    const coerced = getVariableValues(
      args.schema,
      operation?.variableDefinitions ?? [],
      (args.variableValues ?? {}) as Record<string, unknown>,
    );
    if (coerced.errors) return { errors: coerced.errors };
    const variables = coerced.coerced;
    const plan = deps.planner.plan(args.document, args.operationName);
    if (!plan) return { errors: [new ZaffaError(ErrorCode.BAD_USER_INPUT, 'Not a subscription')] };
    const { primary } = plan;
    const service = primary.serviceName;
    const primaryVariables = Object.fromEntries((primary.variableUsages ?? []).filter((v) => v in variables).map((v) => [v, variables[v]]));
    const upstream = deps.upstream.subscribe(
      service,
      {
        query: primary.operation,
        variables: primaryVariables,
        operationName: primary.operationName,
        extensions: { authorization: context.authorization, reqId: context.reqId },
      },
      deps.bufferSize,
    );
    deps.metrics.activeSubscriptions.inc();
    let finished = false;
    let interrupted = false;
    let ending: ExecutionResult | undefined;
    const finish = async () => {
      if (finished) return;
      finished = true;
      deps.metrics.activeSubscriptions.dec();
      await upstream.return();
    };

    const answer = async (item: UpstreamItem): Promise<ExecutionResult | undefined> => {
      if (item.kind === 'interrupted') {
        if (interrupted) return undefined;
        interrupted = true;
        return {
          errors: format([
            unavailable(service, `The ${service} service is unavailable; this subscription resumes when it returns`, { resuming: true }),
          ]),
        };
      }
      if (item.kind === 'failed') {
        ending = {
          errors: format([unavailable(service, `The ${service} service stayed unavailable; subscribe again later`, { resuming: false })]),
        };
        return undefined;
      }
      interrupted = false;
      const event = item.result;
      const publishedAt = event.extensions?.publishedAt;
      let result: ExecutionResult;
      if (event.data == null) {
        result = { errors: format(event.errors ?? []) };
      } else {
        const resolved = await resolveEvent(
          { plan, variables, operationName: args.operationName, context, log: deps.log },
          deps.sources(),
          event,
        );
        result = resolved.errors ? { data: resolved.data, errors: format(resolved.errors) } : { data: resolved.data };
      }
      deps.metrics.eventsDelivered.inc({ service });
      if (typeof publishedAt === 'number') deps.metrics.deliveryLag.observe(Math.max(0, Date.now() - publishedAt) / 1000);
      return result;
    };

    const iterator: AsyncIterableIterator<ExecutionResult> = {
      next: async () => {
        for (;;) {
          if (ending) {
            const last = ending;
            ending = undefined;
            await finish();
            return { value: last, done: false };
          }
          if (finished) return { value: undefined, done: true };
          let step: IteratorResult<UpstreamItem>;
          try {
            step = await upstream.next();
          } catch (err) {
            ending = {
              errors: format([
                err instanceof EventBufferOverflow
                  ? new ZaffaError(ErrorCode.RATE_LIMITED, 'Events arrived faster than they were read; subscribe again')
                  : unavailable(service, `The ${service} service is unavailable; subscribe again later`, { resuming: false }),
              ]),
            };
            continue;
          }
          if (step.done) {
            if (ending) continue;
            await finish();
            return { value: undefined, done: true };
          }
          try {
            const result = await answer(step.value);
            if (result) return { value: result, done: false };
          } catch (err) {
            deps.log.error({ err, subgraph: service }, 'subscription event could not be completed');
            return { value: { errors: format([new GraphQLError('Internal server error')]) }, done: false };
          }
        }
      },
      return: async () => {
        await finish();
        return { value: undefined, done: true };
      },
      throw: async () => {
        await finish();
        return { value: undefined, done: true };
      },
      [Symbol.asyncIterator]: () => iterator,
    };
    return iterator;
  };
}

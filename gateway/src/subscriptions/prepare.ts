import { GraphQLError, parse, specifiedRules, validate, type DocumentNode, type ExecutionArgs, type ValidationRule } from 'graphql';
import { ErrorCode, ZaffaError } from '@zaffa/shared';
import type { SubscriptionPlanner } from './planner.ts';
import type { SubscriptionContext } from './federatedSubscribe.ts';

export interface PrepareOptions {
  planner: SubscriptionPlanner;
  /** The gateway's depth, alias and cost rules, the same as for HTTP requests. */
  rules: readonly ValidationRule[];
  maxTokens: number;
}

export interface OperationParams {
  query: string;
  variables?: Record<string, unknown> | null;
  operationName?: string | null;
}

/** Parses and validates one subscription as the HTTP path would (token, depth and cost limits): its execution args, or why not. */
export function prepareSubscription(
  options: PrepareOptions,
  params: OperationParams,
  context: SubscriptionContext,
): ExecutionArgs | readonly GraphQLError[] {
  let document: DocumentNode;
  try {
    document = parse(params.query, { maxTokens: options.maxTokens });
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    return [new GraphQLError(message, { extensions: { code: 'GRAPHQL_PARSE_FAILED' } })];
  }
  const schema = options.planner.schema;
  const errors = validate(schema, document, [...specifiedRules, ...options.rules]);
  if (errors.length > 0)
    return errors.map((e) => new GraphQLError(e.message, { nodes: e.nodes, extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } }));
  const operation = document.definitions.find(
    (d) => d.kind === 'OperationDefinition' && (params.operationName ? d.name?.value === params.operationName : true),
  );
  if (operation?.kind !== 'OperationDefinition' || operation.operation !== 'subscription') {
    return [new ZaffaError(ErrorCode.BAD_USER_INPUT, 'Only subscriptions are served here; send queries and mutations over HTTP')];
  }
  return {
    schema,
    document,
    variableValues: params.variables ?? {},
    operationName: params.operationName ?? undefined,
    contextValue: context,
  };
}

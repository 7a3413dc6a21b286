import type { ApolloServerPlugin } from '@apollo/server';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import { MAX_PAGE_SIZE } from '@zaffa/shared';
import { GraphQLError, Kind, validate, visit, type DocumentNode, type ValueNode } from 'graphql';

/** The arguments armor's cost counts as list sizes. */
const sizeArguments = new Set(['first', 'last']);

/**
 * The document with every list size given as a variable (`first: $n`) written in as the value the request
 * gives it, or its default: what armor's cost rule, which sees only literals while validating, needs to count it.
 * A size past the largest page counts as the largest page: the subgraph refuses it, naming the argument.
 * Null when no size is a variable.
 */
function withSizesWrittenIn(document: DocumentNode, variables: Record<string, unknown>): DocumentNode | null {
  const defaults = new Map<string, ValueNode>();
  for (const definition of document.definitions) {
    if (definition.kind !== Kind.OPERATION_DEFINITION) continue;
    for (const v of definition.variableDefinitions ?? []) if (v.defaultValue) defaults.set(v.variable.name.value, v.defaultValue);
  }
  let changed = false;
  const written = visit(document, {
    Argument(node) {
      if (!sizeArguments.has(node.name.value) || node.value.kind !== Kind.VARIABLE) return undefined;
      const name = node.value.name.value;
      const given = variables[name];
      const value: ValueNode | undefined = Number.isInteger(given)
        ? { kind: Kind.INT, value: String(Math.min(given as number, MAX_PAGE_SIZE)) }
        : defaults.get(name);
      if (!value) return undefined;
      changed = true;
      return { ...node, value };
    },
  });
  return changed ? written : null;
}

/**
 * QUERY_MAX_COST again once the variables are known (Apollo validates before it reads them): the same rule
 * and figures as armor's check of literals, so `vendors(first: $n)` costs what `vendors(first: 100)` does.
 */
export function costWithVariables(maxCost: number): ApolloServerPlugin {
  const { validationRules: costOnly } = new ApolloArmor({
    costLimit: { maxCost },
    maxDepth: { enabled: false },
    maxAliases: { enabled: false },
    maxTokens: { enabled: false },
    maxDirectives: { enabled: false },
    blockFieldSuggestion: { enabled: false },
  }).protect();
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ document, request, schema }) {
          const written = withSizesWrittenIn(document, request.variables ?? {});
          if (!written) return;
          const [refused] = validate(schema, written, costOnly);
          if (refused) {
            throw new GraphQLError(refused.message.replace(/^Syntax Error: /, ''), {
              extensions: { code: 'GRAPHQL_VALIDATION_FAILED', http: { status: 400 } },
            });
          }
        },
      };
    },
  };
}

import { ApolloArmor } from '@escape.tech/graphql-armor';
import type { GatewayConfig } from '../config.ts';
import { costWithVariables } from './variableCost.ts';

/**
 * Depth, alias, token, directive and cost limits, checked while validating, before any subgraph is called.
 * Tokens are counted by graphql-js's own parser (`parseOptions`): an over-long document is a parse failure
 * (400 `GRAPHQL_PARSE_FAILED`), and any other syntax error is reported once, by Apollo, as such; armor's
 * token plugin would parse a second time and turn every syntax error into an HTTP 500. The cost is checked
 * again once the variables are known (`costWithVariables`).
 */
export function queryLimits(config: GatewayConfig) {
  const { plugins, validationRules } = new ApolloArmor({
    maxDepth: { n: config.QUERY_MAX_DEPTH, ignoreIntrospection: true },
    maxAliases: { n: config.QUERY_MAX_ALIASES },
    maxTokens: { enabled: false },
    maxDirectives: { n: 50 },
    costLimit: { maxCost: config.QUERY_MAX_COST },
    // Field suggestions let a stranger map the schema; staff have introspection for that.
    blockFieldSuggestion: { enabled: config.NODE_ENV === 'production' },
  }).protect();
  return {
    plugins: [...plugins, costWithVariables(config.QUERY_MAX_COST)],
    validationRules,
    parseOptions: { maxTokens: config.QUERY_MAX_TOKENS },
  };
}

import { ApolloArmor } from '@escape.tech/graphql-armor';
import type { GatewayConfig } from '../config.ts';

/** Depth, alias, token, directive and cost limits, checked while validating, before any subgraph is called. */
export function queryLimits(config: GatewayConfig) {
  const { plugins, validationRules } = new ApolloArmor({
    maxDepth: { n: config.QUERY_MAX_DEPTH, ignoreIntrospection: true },
    maxAliases: { n: config.QUERY_MAX_ALIASES },
    maxTokens: { n: config.QUERY_MAX_TOKENS },
    maxDirectives: { n: 50 },
    costLimit: { maxCost: config.QUERY_MAX_COST },
    // Field suggestions let a stranger map the schema; staff have introspection for that.
    blockFieldSuggestion: { enabled: config.NODE_ENV === 'production' },
  }).protect();
  return { plugins, validationRules };
}

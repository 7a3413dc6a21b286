import { buildOperationContext } from '@apollo/gateway';
import { operationFromDocument, Supergraph, type Schema } from '@apollo/federation-internals';
import { QueryPlanner, type FetchNode, type PlanNode } from '@apollo/query-planner';
import { print, type DocumentNode, type GraphQLSchema } from 'graphql';

type OperationContext = ReturnType<typeof buildOperationContext>;

/** How a subscription runs: `primary` is subscribed to at its owning subgraph, `rest` runs for each event. */
export interface SubscriptionPlan {
  primary: FetchNode;
  rest: PlanNode | undefined;
  operationContext: OperationContext;
  schemas: PlanSchemas;
}

export interface PlanSchemas {
  /** The clients' schema, as the gateway validates against. */
  api: GraphQLSchema;
  apiSchema: Schema;
  supergraph: GraphQLSchema;
}

const cacheSize = 500;

/** Plans subscription operations with the federation query planner, over the supergraph the gateway serves. */
export class SubscriptionPlanner {
  #planner: QueryPlanner | undefined;
  #schemas: PlanSchemas | undefined;
  readonly #plans = new Map<string, SubscriptionPlan>();

  /** Called whenever the gateway (re)loads its supergraph. */
  update(coreSupergraphSdl: string, api: GraphQLSchema): void {
    const supergraph = Supergraph.build(coreSupergraphSdl);
    this.#planner = new QueryPlanner(supergraph);
    this.#schemas = { api, apiSchema: supergraph.apiSchema(), supergraph: supergraph.schema.toGraphQLJSSchema() };
    this.#plans.clear();
  }

  get schema(): GraphQLSchema {
    if (!this.#schemas) throw new Error('supergraph not loaded');
    return this.#schemas.api;
  }

  /** The plan of a validated subscription operation; null when the operation is not a subscription. */
  plan(document: DocumentNode, operationName: string | null | undefined): SubscriptionPlan | null {
    if (!this.#planner || !this.#schemas) throw new Error('supergraph not loaded');
    const key = `${operationName ?? ''}\n${print(document)}`;
    const cached = this.#plans.get(key);
    if (cached) return cached;
    const operationContext = buildOperationContext({
      schema: this.#schemas.api,
      operationDocument: document,
      operationName: operationName ?? undefined,
    });
    if (operationContext.operation.operation !== 'subscription') return null;
    const operation = operationFromDocument(this.#schemas.apiSchema, document, { operationName: operationName ?? undefined });
    const node = this.#planner.buildQueryPlan(operation).node;
    if (node?.kind !== 'Subscription') throw new Error('the query planner gave no subscription plan');
    const plan: SubscriptionPlan = { primary: node.primary, rest: node.rest, operationContext, schemas: this.#schemas };
    if (this.#plans.size >= cacheSize) this.#plans.delete(this.#plans.keys().next().value!);
    this.#plans.set(key, plan);
    return plan;
  }
}

import type { ApolloServerPlugin } from '@apollo/server';
import { forbidden } from '@zaffa/shared';
import { Kind, visit, type DocumentNode } from 'graphql';
import type { GatewayContext } from '../context.ts';

const asksForSchema = (document: DocumentNode) => {
  let found = false;
  visit(document, {
    Field(node) {
      if (node.name.value === '__schema' || node.name.value === '__type') found = true;
    },
    [Kind.FRAGMENT_SPREAD]: () => undefined,
  });
  return found;
};

/** In production only staff may read the schema through introspection. */
export function staffOnlyIntrospection(): ApolloServerPlugin<GatewayContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ document, contextValue }) {
          if (contextValue.viewer?.role !== 'STAFF' && asksForSchema(document)) throw forbidden('Introspection is for staff only');
        },
      };
    },
  };
}

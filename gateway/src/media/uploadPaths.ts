import {
  Kind,
  getNamedType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isScalarType,
  parse,
  typeFromAST,
  type GraphQLInputType,
  type GraphQLSchema,
  type OperationDefinitionNode,
} from 'graphql';

/**
 * True when a multipart `map` path (`variables.input.files.0`) leads, through the operation's declared
 * variables and the schema's input types, exactly to a place of type `Upload`. Any other path names a file
 * nobody would read, so the request is refused before its files are.
 */
export function pointsToUpload(schema: GraphQLSchema, operations: { query?: unknown; operationName?: unknown }, path: string): boolean {
  const operation = findOperation(operations);
  const [root, variable, ...rest] = path.split('.');
  if (!operation || root !== 'variables' || !variable) return false;
  const definition = operation.variableDefinitions?.find((d) => d.variable.name.value === variable);
  let type = definition ? (typeFromAST(schema, definition.type as never) as GraphQLInputType | undefined) : undefined;
  for (const segment of rest) {
    if (!type) return false;
    if (isNonNullType(type)) type = type.ofType;
    if (isListType(type)) {
      if (!/^\d+$/.test(segment)) return false;
      type = type.ofType as GraphQLInputType;
    } else if (isInputObjectType(type)) {
      type = type.getFields()[segment]?.type;
    } else return false;
  }
  if (!type) return false;
  const named = getNamedType(type);
  return !isListType(isNonNullType(type) ? type.ofType : type) && isScalarType(named) && named.name === 'Upload';
}

const parsed = new Map<string, OperationDefinitionNode[]>();

function findOperation({ query, operationName }: { query?: unknown; operationName?: unknown }): OperationDefinitionNode | undefined {
  if (typeof query !== 'string') return undefined;
  let operations = parsed.get(query);
  if (!operations) {
    try {
      operations = parse(query).definitions.filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
    } catch {
      return undefined;
    }
    // Upload mutations are few and reused; the cache stays small, and a flood of new ones only replaces it.
    if (parsed.size > 500) parsed.clear();
    parsed.set(query, operations);
  }
  if (typeof operationName === 'string') return operations.find((o) => o.name?.value === operationName);
  return operations.length === 1 ? operations[0] : undefined;
}

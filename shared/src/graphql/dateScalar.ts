import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';
import { ErrorCode } from '../errors.ts';

function parse(value: unknown): string {
  if (typeof value !== 'string')
    throw new GraphQLError('Date must be a string, YYYY-MM-DD', { extensions: { code: ErrorCode.BAD_USER_INPUT } });
  return value;
}

/**
 * A calendar day, YYYY-MM-DD. Whether the day exists (2027-02-30) is checked with the rest of the input, so the
 * error names its field like any other bad input (a scalar's own refusal would reach the gateway as HTTP 400).
 */
export const DateScalar = new GraphQLScalarType<string, string>({
  name: 'Date',
  description: 'A calendar day, YYYY-MM-DD.',
  serialize: (value) => String(value),
  parseValue: parse,
  parseLiteral: (ast) => parse(ast.kind === Kind.STRING ? ast.value : null),
});

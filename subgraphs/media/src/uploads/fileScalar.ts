import { GraphQLScalarType } from 'graphql';
import { badInput } from '@zaffa/shared';

/**
 * A file, as the media subgraph sees it: the gateway received and checked the bytes, stored them in the
 * shared store, and passes a signed reference to them (`accept.ts` verifies it). Never bytes.
 */
export const Upload = new GraphQLScalarType<string, never>({
  name: 'Upload',
  description: 'A file the gateway received, as a signed reference to it.',
  parseValue: (value) => {
    if (typeof value !== 'string') throw badInput('file', 'Send the file in a GraphQL multipart request to the gateway');
    return value;
  },
  parseLiteral: () => {
    throw badInput('file', 'Send the file in a GraphQL multipart request to the gateway');
  },
  serialize: () => {
    throw new Error('an Upload is never sent back');
  },
});

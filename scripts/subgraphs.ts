/** The subgraphs the gateway composes, with the URL each has in a default local stack. */
export const subgraphs = [
  { name: 'accounts', url: 'http://127.0.0.1:4001/graphql' },
  { name: 'vendor', url: 'http://127.0.0.1:4002/graphql' },
  { name: 'event', url: 'http://127.0.0.1:4003/graphql' },
  { name: 'media', url: 'http://127.0.0.1:4004/graphql' },
] as const;

export type SubgraphName = (typeof subgraphs)[number]['name'];

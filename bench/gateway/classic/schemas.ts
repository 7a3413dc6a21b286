// The four subgraphs of the classic benchmark (accounts, products, reviews, inventory) and, to check answers,
// the same shop as one plain schema.
import type { GraphQLObjectType } from 'graphql';
import { buildSchema, type GraphQLFieldResolver } from 'graphql';
import { products, reviews, users, type Product, type Review } from './data.ts';

const fed =
  'extend schema @link(url: "https://specs.apollo.dev/federation/v2.3", import: ["@key", "@external", "@provides", "@requires", "@shareable"])';
const byId = <T>(list: T[], key: keyof T) => new Map(list.map((item) => [String(item[key]), item]));
const userById = byId(users, 'id');
const productByUpc = byId(products, 'upc');

export const subgraphs = {
  accounts: {
    typeDefs: `${fed}
      type Query { me: User  user(id: ID!): User  users: [User] }
      type User @key(fields: "id") { id: ID!  name: String  username: String @shareable  birthday: Int }`,
    resolvers: {
      Query: { me: () => users[0], user: (_: unknown, { id }: { id: string }) => userById.get(id), users: () => users },
      User: { __resolveReference: ({ id }: { id: string }) => userById.get(id) },
    },
  },
  products: {
    typeDefs: `${fed}
      type Query { topProducts(first: Int = 5): [Product] }
      type Product @key(fields: "upc") { upc: String!  name: String  price: Int  weight: Int }`,
    resolvers: {
      Query: { topProducts: (_: unknown, { first }: { first: number }) => products.slice(0, first) },
      Product: { __resolveReference: ({ upc }: { upc: string }) => productByUpc.get(upc) },
    },
  },
  reviews: {
    typeDefs: `${fed}
      type Review @key(fields: "id") { id: ID!  body: String  author: User @provides(fields: "username")  product: Product }
      type User @key(fields: "id") { id: ID!  username: String @external  reviews: [Review] }
      type Product @key(fields: "upc") { upc: String!  reviews: [Review] }`,
    resolvers: {
      Review: {
        __resolveReference: ({ id }: { id: string }) => reviews.find((r) => r.id === id),
        author: (r: Review) => ({ id: r.authorId, username: userById.get(r.authorId)?.username }),
        product: (r: Review) => ({ upc: r.upc }),
      },
      User: {
        __resolveReference: ({ id }: { id: string }) => ({ id }),
        reviews: (u: { id: string }) => reviews.filter((r) => r.authorId === u.id),
      },
      Product: {
        __resolveReference: ({ upc }: { upc: string }) => ({ upc }),
        reviews: (p: { upc: string }) => reviews.filter((r) => r.upc === p.upc),
      },
    },
  },
  inventory: {
    typeDefs: `${fed}
      type Product @key(fields: "upc") { upc: String!  weight: Int @external  price: Int @external  inStock: Boolean  shippingEstimate: Int @requires(fields: "price weight") }`,
    resolvers: {
      Product: {
        __resolveReference: (p: Pick<Product, 'upc'> & Partial<Product>) => p,
        inStock: (p: Product) => Number(p.upc) % 3 !== 0,
        // Free for expensive items, otherwise by weight, as in the original.
        shippingEstimate: (p: Product) => (p.price > 1000 ? 0 : Math.round(p.weight / 2)),
      },
    },
  },
};

type Resolvers = Record<string, Record<string, GraphQLFieldResolver<unknown, unknown>>>;

/** The same shop in one schema: what every gateway's answer must equal. */
export function monolith() {
  const schema = buildSchema(`
    type Query { me: User  user(id: ID!): User  users: [User]  topProducts(first: Int = 5): [Product] }
    type User { id: ID!  name: String  username: String  birthday: Int  reviews: [Review] }
    type Product { upc: String!  name: String  price: Int  weight: Int  inStock: Boolean  shippingEstimate: Int  reviews: [Review] }
    type Review { id: ID!  body: String  author: User  product: Product }`);
  const resolvers = {
    Query: { ...subgraphs.accounts.resolvers.Query, ...subgraphs.products.resolvers.Query },
    User: { reviews: subgraphs.reviews.resolvers.User.reviews },
    Product: {
      reviews: subgraphs.reviews.resolvers.Product.reviews,
      inStock: subgraphs.inventory.resolvers.Product.inStock,
      shippingEstimate: subgraphs.inventory.resolvers.Product.shippingEstimate,
    },
    Review: { author: (r: Review) => userById.get(r.authorId), product: (r: Review) => productByUpc.get(r.upc) },
  } as unknown as Resolvers;
  for (const [typeName, fields] of Object.entries(resolvers)) {
    const type = schema.getType(typeName) as GraphQLObjectType;
    for (const [field, resolve] of Object.entries(fields)) type.getFields()[field]!.resolve = resolve;
  }
  return schema;
}

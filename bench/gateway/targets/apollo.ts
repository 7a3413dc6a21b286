// Stock @apollo/gateway in @apollo/server on Express, as their documentation sets it up:
// `node apollo.ts <supergraph> <port>`. Our subgraphs answer only callers holding `SUBGRAPH_SECRET`: it goes on every
// subgraph call as a fixed header, the way Apollo's documentation adds one (`willSendRequest`).
import { ApolloGateway, RemoteGraphQLDataSource } from '@apollo/gateway';
import { ApolloServer } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';
import express from 'express';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';

const [supergraph, port] = process.argv.slice(2);
const secret = process.env.SUBGRAPH_SECRET;
const gateway = new ApolloGateway({
  supergraphSdl: readFileSync(supergraph!, 'utf8'),
  buildService: ({ url }) =>
    new RemoteGraphQLDataSource({
      url,
      willSendRequest: ({ request }) => void (secret && request.http?.headers.set('x-zaffa-subgraph-secret', secret)),
    }),
});
const server = new ApolloServer({ gateway });
await server.start();
const app = express();
app.use('/graphql', express.json(), expressMiddleware(server));
const http = createServer(app);
http.listen(Number(port), '127.0.0.1');
process.once('SIGTERM', () => void server.stop().then(() => process.exit(0)));

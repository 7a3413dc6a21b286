// Stock @apollo/gateway in @apollo/server on Express, as their documentation sets it up:
// `node apollo.ts <supergraph> <port>`.
import { ApolloGateway } from '@apollo/gateway';
import { ApolloServer } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';
import express from 'express';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';

const [supergraph, port] = process.argv.slice(2);
const server = new ApolloServer({ gateway: new ApolloGateway({ supergraphSdl: readFileSync(supergraph!, 'utf8') }) });
await server.start();
const app = express();
app.use('/graphql', express.json(), expressMiddleware(server));
const http = createServer(app);
http.listen(Number(port), '127.0.0.1');
process.once('SIGTERM', () => void server.stop().then(() => process.exit(0)));

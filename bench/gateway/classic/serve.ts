// The classic benchmark's four subgraphs in one process, each on its own port, and their supergraph written to a file.
// Answers are computed once per distinct request and then served from memory, so the subgraphs cost next to nothing
// and the gateways in front of them are what is measured (the original's subgraphs are Rust, for the same reason).
//   node bench/gateway/classic/serve.ts <supergraph file>   prints {"ready":true} when listening
import { composeServices } from '@apollo/composition';
import { buildSubgraphSchema } from '@apollo/subgraph';
import { execute, parse, type DocumentNode, type GraphQLSchema } from 'graphql';
import { writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { subgraphs } from './schemas.ts';

const out = process.argv[2];
if (!out) throw new Error('usage: serve.ts <supergraph file>');

async function serve(schema: GraphQLSchema): Promise<string> {
  const documents = new Map<string, DocumentNode>();
  const answers = new Map<string, Buffer>();
  const server = createServer(async (req, res) => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const body = Buffer.concat(chunks).toString('utf8');
    let answer = answers.get(body);
    if (!answer) {
      const { query, variables, operationName } = JSON.parse(body) as {
        query: string;
        variables?: Record<string, unknown>;
        operationName?: string;
      };
      let document = documents.get(query);
      if (!document) documents.set(query, (document = parse(query)));
      const result = await execute({ schema, document, variableValues: variables, operationName });
      answer = Buffer.from(JSON.stringify(result));
      if (!result.errors) answers.set(body, answer);
    }
    res.writeHead(200, { 'content-type': 'application/json', 'content-length': answer.length });
    res.end(answer);
  });
  server.keepAliveTimeout = 60_000;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
}

const list = await Promise.all(
  Object.entries(subgraphs).map(async ([name, { typeDefs, resolvers }]) => {
    const document = parse(typeDefs);
    const url = await serve(buildSubgraphSchema([{ typeDefs: document, resolvers: resolvers as never }]));
    return { name, url, typeDefs: document };
  }),
);
const composed = composeServices(list);
if (composed.errors) throw new Error(composed.errors.map((e) => e.message).join('\n'));
writeFileSync(out, composed.supergraphSdl);
console.log(JSON.stringify({ ready: true }));

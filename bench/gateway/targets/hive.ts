// Hive Gateway on a given supergraph and port, with its JavaScript planner or, given `rust`, the Rust one
// (@graphql-hive/router-runtime): `node hive.ts <supergraph> <port> [rust]`. Our subgraphs answer only callers holding
// `SUBGRAPH_SECRET`: it goes on every subgraph call as a fixed header (`propagateHeaders`).
import { createServer, type RequestListener } from 'node:http';

interface HiveGateway extends RequestListener {
  dispose(): Promise<void> | void;
}
// Loaded by name, untyped: their type declarations redefine web globals (Blob, fetch) for the whole program.
const hive = '@graphql-hive/gateway';
const rustRuntime = '@graphql-hive/router-runtime';
const { createGatewayRuntime } = (await import(hive)) as { createGatewayRuntime: (config: object) => HiveGateway };
const { unifiedGraphHandler } = (await import(rustRuntime)) as { unifiedGraphHandler: unknown };

const [supergraph, port, planner] = process.argv.slice(2);
const secret = process.env.SUBGRAPH_SECRET;
const gateway = createGatewayRuntime({
  supergraph: supergraph!,
  logging: false,
  ...(secret ? { propagateHeaders: { fromClientToSubgraphs: () => ({ 'x-zaffa-subgraph-secret': secret }) } } : {}),
  ...(planner === 'rust' ? { unifiedGraphHandler } : {}),
});
const http = createServer(gateway);
http.listen(Number(port), '127.0.0.1');
process.once('SIGTERM', () => void Promise.resolve(gateway.dispose()).then(() => process.exit(0)));

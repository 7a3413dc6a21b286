// Our gateway on a given supergraph and port: `node zaffa.ts <supergraph> <port> [shields-off]`; the rest of its
// configuration from the environment, as deployed.
import { loadGatewayConfig, startGateway } from '@zaffa/gateway';

const [supergraph, port, mode] = process.argv.slice(2);
const gateway = await startGateway(loadGatewayConfig({ ...process.env, SUPERGRAPH_PATH: supergraph, GATEWAY_PORT: port }), {
  shields: mode !== 'shields-off',
});
process.once('SIGTERM', () => void gateway.stop().then(() => process.exit(0)));

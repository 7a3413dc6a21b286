// Our gateway for the federation gateway audit: `node gateway.ts <supergraph> <port> [shields-off]`, health on /healthz.
// Production settings, as deployed; the audit's subgraphs are named by its supergraph, never by our *_URL variables.
import { randomBytes } from 'node:crypto';
import { loadGatewayConfig, startGateway } from '@zaffa/gateway';

const [supergraph, port, mode] = process.argv.slice(2);
if (!supergraph || !port) throw new Error('usage: gateway.ts <supergraph> <port> [shields-off]');
const gateway = await startGateway(
  loadGatewayConfig({
    ...process.env,
    NODE_ENV: 'production',
    // The audit's subgraphs are not ours and ignore it; production requires one.
    SUBGRAPH_SECRET: randomBytes(32).toString('hex'),
    LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn',
    HOST: '127.0.0.1',
    SUPERGRAPH_PATH: supergraph,
    GATEWAY_PORT: port,
    ACCOUNTS_URL: '',
    VENDOR_URL: '',
    EVENT_URL: '',
    MEDIA_URL: '',
    QUEUE_PREFIX: process.env.QUEUE_PREFIX ?? 'zaffa-bench-audit',
  }),
  { shields: mode !== 'shields-off' },
);
process.once('SIGTERM', () => void gateway.stop().then(() => process.exit(0)));
